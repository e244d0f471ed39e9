using ChatBot.Model.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Steps the decoder one character at a time for a batch of rows through LSTMCells that share the trained
/// decoder's weights. Callers own the dispose scope and the inference mode.
/// </summary>
/// <param name="padding">When given, batches are padded to its stable sizes (and the results cut back), so each row
/// gets the same bits as in any other batch; see <see cref="RowPadding"/>.</param>
public sealed class DecoderStepper(EncoderDecoderNetwork network, LSTMCell[] cells, Func<RowPadding>? padding = null)
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
        var rows = tokens.Length;
        var padded = padding?.Invoke().PadTo(rows) ?? rows;
        if (padded == rows)
        {
            return StepRows(tokens, h, c);
        }
        for (var layer = 0; layer < cells.Length; layer++)
        {
            h[layer] = cat([h[layer], zeros(padded - rows, h[layer].shape[1])], 0);
            c[layer] = cat([c[layer], zeros(padded - rows, c[layer].shape[1])], 0);
        }
        var logits = StepRows([.. tokens, .. new long[padded - rows]], h, c);
        for (var layer = 0; layer < cells.Length; layer++)
        {
            h[layer] = h[layer].narrow(0, 0, rows);
            c[layer] = c[layer].narrow(0, 0, rows);
        }
        return logits.narrow(0, 0, rows);
    }

    private Tensor StepRows(long[] tokens, Tensor[] h, Tensor[] c)
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
