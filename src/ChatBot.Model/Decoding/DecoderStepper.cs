using ChatBot.Model.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Steps the decoder one character at a time for a batch of rows through LSTMCells that share the trained
/// decoder's weights. Callers own the dispose scope and the inference mode.
/// </summary>
public sealed class DecoderStepper(EncoderDecoderNetwork network, LSTMCell[] cells)
{
    public int Layers => cells.Length;

    /// <summary>Splits [layers, batch, hidden] state tensors into per-layer [batch, hidden] tensors.</summary>
    public (Tensor[] H, Tensor[] C) Split(Tensor h, Tensor c)
    {
        var hs = new Tensor[cells.Length];
        var cs = new Tensor[cells.Length];
        for (var layer = 0; layer < cells.Length; layer++)
        {
            hs[layer] = h[layer];
            cs[layer] = c[layer];
        }
        return (hs, cs);
    }

    public (Tensor H, Tensor C) Stack(Tensor[] h, Tensor[] c) => (stack(h), stack(c));

    /// <summary>Feeds one token per row; updates the per-layer state in place and returns logits [batch, vocab].</summary>
    public Tensor Step(long[] tokens, Tensor[] h, Tensor[] c)
    {
        var x = network.Embed(tensor(tokens, int64));
        for (var layer = 0; layer < cells.Length; layer++)
        {
            (h[layer], c[layer]) = cells[layer].forward(x, (h[layer], c[layer]));
            x = h[layer];
        }
        return network.Project(x);
    }
}
