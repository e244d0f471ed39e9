using System.Globalization;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Bot.Tests.Fakes;

/// <summary>
/// A deterministic model whose replies depend on the conversation's state, as the real one's do: the state holds
/// the number of turns so far and a running hash of everything the user said, and the reply shows both. So a lost,
/// reordered or wrongly restored state shows up in the replies.
/// </summary>
public sealed class CountingTestModel(string name, string fingerprint, TestModelBehaviour behaviour) : IConversationModel
{
    private const int HashModulus = 1_000_003; // Below 2^24: exact in a float.
    private int _respondCalls;
    private int _running;

    public ModelInfo Info { get; } = new(name, fingerprint, new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.Zero),
        "the unit-test corpus", "corpus-hash", 1234, 1.875, 0.25);

    public bool IsDisposed { get; private set; }

    public int RespondCalls => Volatile.Read(ref _respondCalls);

    /// <summary>Largest number of turns that ran at the same time.</summary>
    public int MaxConcurrentTurns { get; private set; }

    public Reply Respond(ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        Interlocked.Increment(ref _respondCalls);
        var running = Interlocked.Increment(ref _running);
        lock (this)
        {
            MaxConcurrentTurns = Math.Max(MaxConcurrentTurns, running);
        }
        try
        {
            if (state is not null && state.ModelFingerprint != fingerprint)
            {
                throw new ConversationStateMismatchException(fingerprint, state.ModelFingerprint);
            }
            if (behaviour.Delay > TimeSpan.Zero && (behaviour.DelayOnlyFor is null || userText.Contains(behaviour.DelayOnlyFor, StringComparison.Ordinal)))
            {
                if (behaviour.IgnoreCancellation)
                {
                    Thread.Sleep(behaviour.Delay);
                }
                else
                {
                    cancellationToken.WaitHandle.WaitOne(behaviour.Delay);
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (behaviour.Fail)
            {
                throw new InvalidOperationException("Injected model failure.");
            }
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            var turn = (int)(state?.Hidden[0] ?? 0) + 1;
            var hash = (int)(state?.Hidden[1] ?? 7);
            foreach (var character in userText)
            {
                hash = (int)(((long)hash * 31 + character) % HashModulus);
            }
            var reply = behaviour.ReplyText ?? string.Create(CultureInfo.InvariantCulture, $"{name} #{turn} [{hash}]: {userText}");
            if (reply.Length > options.MaxReplyLength)
            {
                reply = reply[..options.MaxReplyLength];
            }
            float[] values = [turn, hash];
            return new Reply(reply, new ConversationState(fingerprint, 1, 2, values, (float[])values.Clone()));
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public void Dispose() => IsDisposed = true;
}
