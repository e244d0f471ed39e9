using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Model.Conversation;

/// <summary>
/// What a conversation carries to its next turn: the LSTM memory (h, c of every layer) left after the bot's last
/// reply and, for a model with attention, the most recent user characters with their attention keys. It is plain
/// managed data, so it can be stored, cached and shared between threads without owning native tensors.
/// </summary>
/// <remarks>
/// Byte format, version 2 (little-endian): "CBST", version byte, fingerprint length (byte) + ASCII fingerprint,
/// layers (u16), hidden size (u32), h then c as float32 [layers × hidden], memory length n (u16), attention size a
/// (u16), n character ids (u16, oldest first), n × a keys (float32), then the first 8 bytes of the SHA-256 of
/// everything before them. Version 1 is the same without the memory part; it is still read.
/// </remarks>
public sealed class ConversationState
{
    private static ReadOnlySpan<byte> Magic => "CBST"u8;
    public const byte FormatVersion = 2;
    private const int ChecksumLength = 8;

    public ConversationState(string modelFingerprint, int layers, int hiddenSize, float[] hidden, float[] cell)
        : this(modelFingerprint, layers, hiddenSize, hidden, cell, [], [], 0)
    {
    }

    /// <param name="memoryTokens">The remembered user characters' ids, oldest first (at most 65,535).</param>
    /// <param name="memoryKeys">Their attention keys, [memoryTokens.Length × attentionSize] row-major.</param>
    public ConversationState(string modelFingerprint, int layers, int hiddenSize, float[] hidden, float[] cell,
        int[] memoryTokens, float[] memoryKeys, int attentionSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelFingerprint);
        if (modelFingerprint.Length > byte.MaxValue || !Ascii.IsValid(modelFingerprint))
        {
            throw new ArgumentException("The fingerprint must be at most 255 ASCII characters.", nameof(modelFingerprint));
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(layers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hiddenSize);
        if (hidden.Length != layers * hiddenSize || cell.Length != layers * hiddenSize)
        {
            throw new ArgumentException($"h and c must each hold layers × hidden = {layers * hiddenSize} values.");
        }
        if (memoryTokens.Length > ushort.MaxValue || attentionSize is < 0 or > ushort.MaxValue
            || memoryKeys.Length != memoryTokens.Length * attentionSize || memoryTokens.Any(id => id is < 0 or > ushort.MaxValue))
        {
            throw new ArgumentException("The memory must hold at most 65,535 character ids (0…65,535), each with one key of the attention size.");
        }
        ModelFingerprint = modelFingerprint;
        Layers = layers;
        HiddenSize = hiddenSize;
        Hidden = hidden;
        Cell = cell;
        MemoryTokens = memoryTokens;
        MemoryKeys = memoryKeys;
        AttentionSize = attentionSize;
    }

    public string ModelFingerprint { get; }
    public int Layers { get; }
    public int HiddenSize { get; }

    /// <summary>h, layer-major: [layer * HiddenSize + unit]. Treat as read-only.</summary>
    public float[] Hidden { get; }

    /// <summary>c, laid out like <see cref="Hidden"/>. Treat as read-only.</summary>
    public float[] Cell { get; }

    /// <summary>The remembered user characters, oldest first (empty without attention). Treat as read-only.</summary>
    public int[] MemoryTokens { get; }

    /// <summary>The attention key of each remembered character, [count × <see cref="AttentionSize"/>]. Treat as read-only.</summary>
    public float[] MemoryKeys { get; }

    public int AttentionSize { get; }

    public byte[] ToBytes()
    {
        var values = Layers * HiddenSize;
        var length = Magic.Length + 1 + 1 + ModelFingerprint.Length + 2 + 4 + 2 * values * sizeof(float)
            + 2 + 2 + MemoryTokens.Length * sizeof(ushort) + MemoryKeys.Length * sizeof(float) + ChecksumLength;
        var bytes = new byte[length];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        var at = Magic.Length;
        span[at++] = FormatVersion;
        span[at++] = (byte)ModelFingerprint.Length;
        at += Encoding.ASCII.GetBytes(ModelFingerprint, span[at..]);
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)Layers);
        at += 2;
        BinaryPrimitives.WriteUInt32LittleEndian(span[at..], (uint)HiddenSize);
        at += 4;
        at = WriteFloats(span, at, Hidden);
        at = WriteFloats(span, at, Cell);
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)MemoryTokens.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], (ushort)AttentionSize);
        at += 4;
        foreach (var id in MemoryTokens)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)id);
            at += 2;
        }
        at = WriteFloats(span, at, MemoryKeys);
        SHA256.HashData(span[..at])[..ChecksumLength].CopyTo(span[at..]);
        return bytes;
    }

    /// <summary>Reads a state and checks that it belongs to the model with <paramref name="expectedFingerprint"/>.</summary>
    /// <exception cref="CorruptConversationStateException">The bytes are not a valid state.</exception>
    /// <exception cref="ConversationStateMismatchException">The state belongs to another model.</exception>
    public static ConversationState FromBytes(ReadOnlySpan<byte> bytes, string expectedFingerprint)
    {
        var state = FromBytes(bytes);
        if (!string.Equals(state.ModelFingerprint, expectedFingerprint, StringComparison.Ordinal))
        {
            throw new ConversationStateMismatchException(expectedFingerprint, state.ModelFingerprint);
        }
        return state;
    }

    /// <summary>Reads a state without checking which model made it.</summary>
    public static ConversationState FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + 2 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new CorruptConversationStateException("Not a conversation state (bad magic).");
        }
        var at = Magic.Length;
        var version = bytes[at++];
        if (version is not (1 or FormatVersion))
        {
            throw new CorruptConversationStateException($"Unsupported conversation state version {version} (this build reads 1 and {FormatVersion}).");
        }
        var fingerprintLength = bytes[at++];
        if (bytes.Length < at + fingerprintLength + 6 + ChecksumLength)
        {
            throw new CorruptConversationStateException("The conversation state is truncated.");
        }
        var fingerprint = Encoding.ASCII.GetString(bytes.Slice(at, fingerprintLength));
        at += fingerprintLength;
        int layers = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
        at += 2;
        var hiddenSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
        at += 4;
        var values = (long)layers * hiddenSize;
        var payloadEnd = bytes.Length - ChecksumLength;
        var memoryAt = at + 2 * values * sizeof(float);
        if (layers == 0 || hiddenSize == 0 || hiddenSize > int.MaxValue / 8 || memoryAt + (version == 1 ? 0 : 4) > payloadEnd)
        {
            throw new CorruptConversationStateException("The conversation state has an inconsistent length.");
        }
        int memoryLength = 0, attentionSize = 0;
        if (version > 1)
        {
            memoryLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(int)memoryAt..]);
            attentionSize = BinaryPrimitives.ReadUInt16LittleEndian(bytes[((int)memoryAt + 2)..]);
        }
        var expectedEnd = memoryAt + (version == 1 ? 0 : 4 + memoryLength * (sizeof(ushort) + (long)attentionSize * sizeof(float)));
        if (expectedEnd != payloadEnd)
        {
            throw new CorruptConversationStateException("The conversation state has an inconsistent length.");
        }
        if (!SHA256.HashData(bytes[..payloadEnd])[..ChecksumLength].AsSpan().SequenceEqual(bytes[payloadEnd..]))
        {
            throw new CorruptConversationStateException("The conversation state's checksum does not match.");
        }
        if (fingerprint.Length == 0)
        {
            throw new CorruptConversationStateException("The conversation state names no model.");
        }
        var h = ReadFloats(bytes, ref at, values);
        var c = ReadFloats(bytes, ref at, values);
        at += version > 1 ? 4 : 0;
        var tokens = new int[memoryLength];
        for (var i = 0; i < memoryLength; i++, at += 2)
        {
            tokens[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
        }
        var keys = ReadFloats(bytes, ref at, (long)memoryLength * attentionSize);
        return new ConversationState(fingerprint, layers, (int)hiddenSize, h, c, tokens, keys, attentionSize);
    }

    private static int WriteFloats(Span<byte> span, int at, float[] values)
    {
        foreach (var value in values)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[at..], value);
            at += 4;
        }
        return at;
    }

    private static float[] ReadFloats(ReadOnlySpan<byte> bytes, ref int at, long count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++, at += 4)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        }
        return values;
    }
}
