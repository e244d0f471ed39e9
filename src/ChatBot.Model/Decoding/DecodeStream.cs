using ChatBot.Model.Conversation;
using ChatBot.Model.Text;

namespace ChatBot.Model.Decoding;

/// <summary>
/// One conversation's reply being generated inside a <see cref="BatchDecoder"/>: what it reads next, what it has
/// generated, how it chooses, and the task that completes with its reply (or is cancelled or faulted).
/// </summary>
public sealed class DecodeStream
{
    private readonly TaskCompletionSource<Reply> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Random? _random;
    private readonly int[]? _forced;
    private int _forcedAt;
    private bool _readingLastCharacter;

    internal DecodeStream(ConversationState? state, AttentionMemory memory, int[] message, DecodingOptions options, int[]? forcedReply, CancellationToken cancellationToken)
    {
        State = state;
        Memory = memory;
        Message = message;
        Options = options;
        CancellationToken = cancellationToken;
        if (forcedReply is not null)
        {
            _forced = [Vocabulary.BeginOfReply, .. forcedReply];
            Logits = [];
        }
        else if (options.Strategy == DecodingStrategy.Sample)
        {
            _random = options.Seed is { } seed ? new Random(seed) : new Random();
        }
    }

    /// <summary>Completes with the reply and the state after it; cancelled when the token is; faulted if the model failed.</summary>
    public Task<Reply> Completion => _completion.Task;

    internal ConversationState? State { get; }

    /// <summary>The conversation's recent user characters, this message's included as the encoder reads them.</summary>
    internal AttentionMemory Memory { get; }

    internal int[] Message { get; }

    internal DecodingOptions Options { get; }

    internal CancellationToken CancellationToken { get; }

    /// <summary>Characters of <see cref="Message"/> the encoder has read so far.</summary>
    internal int Encoded { get; set; }

    internal bool IsEncoding => Encoded < Message.Length;

    /// <summary>The character fed at the next step.</summary>
    internal long NextInput { get; private set; } = Vocabulary.BeginOfReply;

    internal List<int> Generated { get; } = [];

    /// <summary>The reply was cut at <see cref="DecodingOptions.MaxReplyLength"/> rather than ended by the model.</summary>
    internal bool ReachedLimit => _readingLastCharacter;

    /// <summary>Teacher forcing only: the logits of every step.</summary>
    internal List<float[]>? Logits { get; }

    /// <summary>Takes the logits of the step that just read <see cref="NextInput"/>; returns true when the reply is complete.</summary>
    internal bool Advance(ReadOnlySpan<float> logits)
    {
        if (_forced is not null)
        {
            Logits!.Add(logits.ToArray());
            _forcedAt++;
            if (_forcedAt == _forced.Length)
            {
                return true;
            }
            Generated.Add(_forced[_forcedAt]);
            NextInput = _forced[_forcedAt];
            return false;
        }
        if (_readingLastCharacter)
        {
            return true;
        }
        var next = _random is null ? TokenSampler.Greedy(logits) : TokenSampler.Sample(logits, Options, _random);
        if (next == Vocabulary.EndOfReply)
        {
            return true;
        }
        Generated.Add(next);
        // Cut at the limit, but still let the decoder read the last character, as it would have before <eos>.
        _readingLastCharacter = Generated.Count >= Options.MaxReplyLength;
        NextInput = next;
        return false;
    }

    internal void Complete(Reply reply) => _completion.TrySetResult(reply);

    internal void Cancel() => _completion.TrySetCanceled(CancellationToken);

    internal void Fail(Exception exception) => _completion.TrySetException(exception);
}
