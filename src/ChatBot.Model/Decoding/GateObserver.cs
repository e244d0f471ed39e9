namespace ChatBot.Model.Decoding;

/// <summary>Sees one layer's gate pre-activations [rows × stride; i, f, g, o blocks of hidden size each] as a step computes them.</summary>
public delegate void GateObserver(int layer, ReadOnlySpan<float> gates, int stride);
