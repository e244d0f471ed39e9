using ChatBot.Bot.Telemetry;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Bot.Inference;

/// <summary>
/// One or more <see cref="BatchDecodingLoop"/>s, each a dedicated thread with its own batch; a turn goes to the loop
/// with the fewest turns in hand. Several loops use several cores, and the machine's scheduler gives each of them a
/// share of the CPU (one thread alone gets less of it when other processes compete). Which loop decodes a turn never
/// changes its reply: every conversation's result is independent of its batch.
/// </summary>
public sealed class BatchDecodingPool : IDisposable
{
    private readonly BatchDecodingLoop[] _loops;

    public BatchDecodingPool(int threads, int maxBatchSize, BotMetrics? metrics = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        _loops = Enumerable.Range(1, threads).Select(index => new BatchDecodingLoop(maxBatchSize, $"inference-batch-{index}", metrics)).ToArray();
    }

    public int Threads => _loops.Length;

    /// <summary>Conversations in the batches right now; for tests and diagnostics.</summary>
    public int ActiveConversations => _loops.Sum(loop => loop.ActiveConversations);

    /// <summary>The most conversations one loop has decoded in one step so far; for tests and diagnostics.</summary>
    public int PeakConversations => _loops.Max(loop => loop.PeakConversations);

    /// <inheritdoc cref="BatchDecodingLoop.RunAsync"/>
    public Task<Reply> RunAsync(IBatchDecodingModel model, ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken) =>
        _loops.MinBy(loop => loop.TurnsInHand)!.RunAsync(model, state, userText, options, cancellationToken);

    public void Dispose()
    {
        foreach (var loop in _loops)
        {
            loop.Dispose();
        }
    }
}
