using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Model.Conversation;

/// <summary>
/// The LSTM memory (h, c of every layer) left after the bot's last reply. It is plain managed data, so it can be
/// stored, cached and shared between threads without owning native tensors.
/// </summary>
/// <remarks>
/// Byte format, version 1 (little-endian): "CBST", version byte, fingerprint length (byte) + ASCII fingerprint,
/// layers (u16), hidden size (u32), h then c as float32 [layers × hidden], then the first 8 bytes of the
/// SHA-256 of everything before them.
/// </remarks>
public sealed class ConversationState
{
    private static ReadOnlySpan<byte> Magic => "CBST"u8;
    public const byte FormatVersion = 1;
    private const int ChecksumLength = 8;

    public ConversationState(string modelFingerprint, int layers, int hiddenSize, float[] hidden, float[] cell)
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
        ModelFingerprint = modelFingerprint;
        Layers = layers;
        HiddenSize = hiddenSize;
        Hidden = hidden;
        Cell = cell;
    }

    public string ModelFingerprint { get; }
    public int Layers { get; }
    public int HiddenSize { get; }

    /// <summary>h, layer-major: [layer * HiddenSize + unit]. Treat as read-only.</summary>
    public float[] Hidden { get; }

    /// <summary>c, laid out like <see cref="Hidden"/>. Treat as read-only.</summary>
    public float[] Cell { get; }

    public byte[] ToBytes()
    {
        var values = Layers * HiddenSize;
        var length = Magic.Length + 1 + 1 + ModelFingerprint.Length + 2 + 4 + 2 * values * sizeof(float) + ChecksumLength;
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
        foreach (var value in Hidden)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[at..], value);
            at += 4;
        }
        foreach (var value in Cell)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[at..], value);
            at += 4;
        }
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
        if (version != FormatVersion)
        {
            throw new CorruptConversationStateException($"Unsupported conversation state version {version} (this build reads {FormatVersion}).");
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
        if (layers == 0 || hiddenSize == 0 || bytes.Length != at + 2 * values * sizeof(float) + ChecksumLength)
        {
            throw new CorruptConversationStateException("The conversation state has an inconsistent length.");
        }
        var payloadEnd = bytes.Length - ChecksumLength;
        if (!SHA256.HashData(bytes[..payloadEnd])[..ChecksumLength].AsSpan().SequenceEqual(bytes[payloadEnd..]))
        {
            throw new CorruptConversationStateException("The conversation state's checksum does not match.");
        }
        var h = new float[values];
        var c = new float[values];
        for (var i = 0; i < values; i++, at += 4)
        {
            h[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        }
        for (var i = 0; i < values; i++, at += 4)
        {
            c[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        }
        if (fingerprint.Length == 0)
        {
            throw new CorruptConversationStateException("The conversation state names no model.");
        }
        return new ConversationState(fingerprint, layers, (int)hiddenSize, h, c);
    }
}
