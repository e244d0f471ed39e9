using ChatBot.Model.Network;
using static TorchSharp.torch;

namespace ChatBot.Training.Training;

/// <summary>
/// One truncated-BPTT window: <c>exchanges</c> consecutive exchanges of every row, the state flowing through all
/// of them, so the loss's gradient reaches back exactly that far. <see cref="Carry"/> then cuts the graph.
/// </summary>
public static class TruncatedBptt
{
    /// <returns>Mean cross-entropy per predicted character, characters read, and the state after the window.</returns>
    public static (Tensor MeanLoss, long Characters, Tensor H, Tensor C) RunWindow(
        EncoderDecoderNetwork network, ExchangeStream stream, int exchanges, Tensor h, Tensor c)
    {
        Tensor? total = null;
        long predicted = 0;
        long characters = 0;
        for (var k = 0; k < exchanges; k++)
        {
            var batch = stream.Next() ?? throw new InvalidOperationException("The training stream ran dry.");
            characters += batch.Characters;
            var (lossSum, count, hNext, cNext) = ExchangeRunner.Run(network, batch, h, c);
            total = total is null ? lossSum : total + lossSum;
            predicted += count;
            (h, c) = (hNext, cNext);
        }
        return (total! / predicted, characters, h, c);
    }

    /// <summary>The state to start the next window from: same values, no link back to this window's graph.</summary>
    public static (Tensor H, Tensor C) Carry(Tensor h, Tensor c) => (h.detach(), c.detach());
}
