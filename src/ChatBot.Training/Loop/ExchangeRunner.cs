using ChatBot.Model.Text;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Training.Loop;

/// <summary>
/// The batched path shared by training and evaluation: for each row, encoder over the user's utterance from the
/// carried state, then teacher-forced decoder over "&lt;bos&gt; reply" predicting "reply &lt;eos&gt;". Rows are
/// run by length (see EncoderDecoderNetwork), so padding never reaches the state: each row ends exactly where a turn-by-turn run would.
/// </summary>
public static class ExchangeRunner
{
    /// <summary>Runs one exchange for the batch's rows.</summary>
    /// <param name="state">The state of every row of the stream (active or not).</param>
    /// <param name="resetEveryExchange">Start every row from a fresh state (for the "no memory" evaluation).</param>
    /// <param name="labelSmoothing">Label smoothing of the training objective (see <see cref="EncoderDecoderNetwork.DecodeLoss"/>); 0 when measuring.</param>
    /// <returns>Summed cross-entropy (nats) over predicted characters, the summed training objective, how many were predicted, and the new full state.</returns>
    public static (Tensor LossSum, Tensor ObjectiveSum, long Predicted, NetworkState State) Run(
        EncoderDecoderNetwork network, ExchangeBatch batch, NetworkState state, bool resetEveryExchange = false, double labelSmoothing = 0)
    {
        var rows = state.H.shape[1];
        var allActive = batch.Count == rows;
        using var rowIndex = tensor(batch.Rows.Select(r => (long)r).ToArray(), int64);
        var active = allActive ? state : state.Select(rowIndex);
        active = active.Reset(batch.StartsDialogue.Select(starts => !(starts || resetEveryExchange)).ToArray());

        var (userTokens, userLengths) = Pad(batch.User, prefix: null, suffix: null);
        active = network.Encode(userTokens, userLengths, active);

        var (decoderInputs, decoderLengths) = Pad(batch.Bot, prefix: Vocabulary.BeginOfReply, suffix: null);
        var (targets, _) = Pad(batch.Bot, prefix: null, suffix: Vocabulary.EndOfReply);
        var (lossSum, objectiveSum, after) = network.DecodeLoss(decoderInputs, targets, decoderLengths, active, labelSmoothing);
        var predicted = decoderLengths.Sum();

        return (lossSum, objectiveSum, predicted, allActive ? after : state.Replace(rowIndex, after));
    }

    /// <summary>Right-pads rows with <see cref="Vocabulary.Padding"/>; returns [rows, time] int64 and real lengths.</summary>
    private static (Tensor Tokens, long[] Lengths) Pad(int[][] sequences, int? prefix, int? suffix)
    {
        var extra = (prefix.HasValue ? 1 : 0) + (suffix.HasValue ? 1 : 0);
        var lengths = sequences.Select(s => (long)(s.Length + extra)).ToArray();
        var width = lengths.Max();
        var data = new long[sequences.Length * width];
        for (var row = 0; row < sequences.Length; row++)
        {
            var at = row * width;
            if (prefix is { } p)
            {
                data[at++] = p;
            }
            foreach (var id in sequences[row])
            {
                data[at++] = id;
            }
            if (suffix is { } s)
            {
                data[at] = s;
            }
        }
        return (tensor(data, [sequences.Length, width]), lengths);
    }
}
