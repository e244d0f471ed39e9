using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Training.Loop;

/// <summary>
/// One truncated-BPTT window: <c>exchanges</c> consecutive exchanges of every row, the state flowing through all
/// of them, so the loss's gradient reaches back exactly that far. <see cref="Carry"/> then cuts the graph.
/// </summary>
public static class TruncatedBptt
{
    /// <returns>
    /// Mean cross-entropy per predicted character, the mean training objective (the same value without label
    /// smoothing), characters read, and the state after the window.
    /// </returns>
    public static (Tensor MeanLoss, Tensor MeanObjective, long Characters, NetworkState State) RunWindow(
        EncoderDecoderNetwork network, ExchangeStream stream, int exchanges, NetworkState state, double labelSmoothing = 0)
    {
        Tensor? total = null;
        Tensor? objective = null;
        long predicted = 0;
        long characters = 0;
        for (var k = 0; k < exchanges; k++)
        {
            var batch = stream.Next() ?? throw new InvalidOperationException("The training stream ran dry.");
            characters += batch.Characters;
            var (lossSum, objectiveSum, count, next) = ExchangeRunner.Run(network, batch, state, labelSmoothing: labelSmoothing);
            total = total is null ? lossSum : total + lossSum;
            objective = objective is null ? objectiveSum : objective + objectiveSum;
            predicted += count;
            state = next;
        }
        return (total! / predicted, objective! / predicted, characters, state);
    }

    /// <summary>The state to start the next window from: same values, no link back to this window's graph.</summary>
    public static NetworkState Carry(NetworkState state) => state.Detach();
}
