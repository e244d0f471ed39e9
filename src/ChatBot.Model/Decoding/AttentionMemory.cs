using ChatBot.Model.Conversation;

namespace ChatBot.Model.Decoding;

/// <summary>
/// One conversation's memory while a turn is decoded: the most recent user characters (oldest first) and the
/// attention key of each, at most <see cref="Capacity"/> of them; the oldest fall out as new ones come in.
/// </summary>
public sealed class AttentionMemory
{
    private readonly int[] _tokens;
    private readonly float[] _keys;

    public AttentionMemory(int capacity, int attentionSize)
    {
        Capacity = capacity;
        AttentionSize = attentionSize;
        _tokens = new int[capacity];
        _keys = new float[capacity * attentionSize];
    }

    /// <summary>Starts from the memory a conversation state carries (its newest characters, if it holds more than fit).</summary>
    public static AttentionMemory From(ConversationState? state, int capacity, int attentionSize)
    {
        var memory = new AttentionMemory(capacity, attentionSize);
        if (state is { MemoryTokens.Length: > 0 })
        {
            var skip = Math.Max(0, state.MemoryTokens.Length - capacity);
            memory.Count = state.MemoryTokens.Length - skip;
            state.MemoryTokens.AsSpan(skip).CopyTo(memory._tokens);
            state.MemoryKeys.AsSpan(skip * attentionSize).CopyTo(memory._keys);
        }
        return memory;
    }

    public int Capacity { get; }

    public int AttentionSize { get; }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>[Count × AttentionSize], oldest first.</summary>
    public ReadOnlySpan<float> Keys => _keys.AsSpan(0, Count * AttentionSize);

    public void Append(int token, ReadOnlySpan<float> key)
    {
        if (Capacity == 0)
        {
            return;
        }
        if (Count == Capacity)
        {
            // Shift out the oldest: a few tens of KB per character read, small beside an LSTM step.
            _tokens.AsSpan(1).CopyTo(_tokens);
            _keys.AsSpan(AttentionSize).CopyTo(_keys);
            Count--;
        }
        _tokens[Count] = token;
        key[..AttentionSize].CopyTo(_keys.AsSpan(Count * AttentionSize));
        Count++;
    }

    public AttentionMemory Clone()
    {
        var copy = new AttentionMemory(Capacity, AttentionSize) { Count = Count };
        Tokens.CopyTo(copy._tokens);
        Keys.CopyTo(copy._keys);
        return copy;
    }

    public int[] TokensArray() => Tokens.ToArray();

    public float[] KeysArray() => Keys.ToArray();
}
