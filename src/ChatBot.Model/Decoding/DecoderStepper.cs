using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// <see cref="DecoderKernel"/> over tensors: steps a batch of rows one character, for callers that keep their state
/// as per-layer [batch, hidden] tensors (beam search). Callers own the dispose scope and the inference mode.
/// </summary>
public sealed class DecoderStepper(DecoderKernel kernel)
{
    public int Layers => kernel.Layers;

    /// <summary>Splits [layers, batch, hidden] state tensors into per-layer [batch, hidden] tensors.</summary>
    public (Tensor[] H, Tensor[] C) Split(Tensor h, Tensor c)
    {
        var hs = new Tensor[kernel.Layers];
        var cs = new Tensor[kernel.Layers];
        for (var layer = 0; layer < kernel.Layers; layer++)
        {
            hs[layer] = h[layer];
            cs[layer] = c[layer];
        }
        return (hs, cs);
    }

    public (Tensor H, Tensor C) Stack(Tensor[] h, Tensor[] c) => (stack(h), stack(c));

    /// <summary>Feeds one token per row; replaces the per-layer state tensors with the new ones and returns logits [batch, vocab].</summary>
    public Tensor Step(long[] tokens, Tensor[] h, Tensor[] c)
    {
        var rows = tokens.Length;
        var hidden = kernel.HiddenSize;
        var hs = h.Select(layer => layer.contiguous().data<float>().ToArray()).ToArray();
        var cs = c.Select(layer => layer.contiguous().data<float>().ToArray()).ToArray();
        var logits = new float[rows * kernel.LogitStride];
        kernel.Step(tokens.Select(token => (int)token).ToArray(), rows, hs, cs, logits, kernel.CreateWorkspace(rows));
        for (var layer = 0; layer < kernel.Layers; layer++)
        {
            h[layer] = tensor(hs[layer], [rows, hidden]);
            c[layer] = tensor(cs[layer], [rows, hidden]);
        }
        return tensor(logits, [rows, kernel.LogitStride]).narrow(1, 0, kernel.VocabularySize);
    }
}
