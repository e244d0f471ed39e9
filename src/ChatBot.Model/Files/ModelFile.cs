using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatBot.Model.Files;

/// <summary>
/// The single-file model format: "CHATBOTM", format version (u32), metadata JSON length (u32) and UTF-8 JSON,
/// weights length (u64) and TorchSharp's state-dict bytes, then the SHA-256 of everything before it.
/// Written through a temp file and a rename, so a reader never sees a half-written model.
/// </summary>
/// <remarks>
/// The container is read and written here without libtorch; the weights section is produced by the training network
/// (TorchSharp's <c>Module.save</c>, in ChatBot.Network) and read back by <see cref="StateDictReader"/>.
/// </remarks>
public static class ModelFile
{
    public const uint FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "CHATBOTM"u8;
    private const int HashLength = 32;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static void Write(string path, ModelMetadata metadata, ReadOnlySpan<byte> stateDict) =>
        Shared.AtomicFile.WriteAllBytes(path, Serialize(metadata, stateDict));

    /// <param name="stateDict">The weights section: a state dict as TorchSharp's <c>Module.save</c> writes it.</param>
    public static byte[] Serialize(ModelMetadata metadata, ReadOnlySpan<byte> stateDict)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(metadata, Json);
        using var output = new MemoryStream();
        output.Write(Magic);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(number, FormatVersion);
        output.Write(number[..4]);
        BinaryPrimitives.WriteUInt32LittleEndian(number, (uint)json.Length);
        output.Write(number[..4]);
        output.Write(json);
        BinaryPrimitives.WriteUInt64LittleEndian(number, (ulong)stateDict.Length);
        output.Write(number);
        output.Write(stateDict);
        output.Write(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Length)));
        return output.ToArray();
    }

    /// <summary>Reads and checks a model file, weights included (names, types and shapes against the metadata).</summary>
    /// <exception cref="ModelFileException">Missing, truncated, damaged or unknown format, or weights that do not fit the metadata.</exception>
    public static ModelFileContents Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException(path, e is FileNotFoundException or DirectoryNotFoundException ? "the model file does not exist." : $"cannot read the model file ({e.Message}).", e);
        }
        return Deserialize(path, bytes);
    }

    public static ModelFileContents Deserialize(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + 16 + HashLength || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new ModelFileException(path, "not a chat-bot model file (wrong header or too short).");
        }
        var payload = bytes[..^HashLength];
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes[^HashLength..]))
        {
            throw new ModelFileException(path, "the model file is truncated or damaged (checksum mismatch).");
        }
        var at = Magic.Length;
        var version = BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
        if (version != FormatVersion)
        {
            throw new ModelFileException(path, $"model format version {version} is not supported (this build reads {FormatVersion}).");
        }
        var jsonLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(at + 4)..]);
        at += 8;
        ModelMetadata metadata;
        try
        {
            metadata = JsonSerializer.Deserialize<ModelMetadata>(bytes.Slice(at, jsonLength), Json)
                ?? throw new JsonException("empty metadata");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new ModelFileException(path, $"the model metadata is invalid ({e.Message}).", e);
        }
        at += jsonLength;
        var weightsLength = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
        at += 8;
        if (at + weightsLength != payload.Length)
        {
            throw new ModelFileException(path, "the model file's sections do not add up.");
        }

        var stateDict = bytes.Slice(at, (int)weightsLength);
        var weights = ModelWeights.From(path, metadata, StateDictReader.Read(path, stateDict));
        return new ModelFileContents(metadata, stateDict.ToArray(), weights, Fingerprint(stateDict, metadata));
    }

    /// <summary>Identity of a model: its shape, alphabet and weights (not its training notes).</summary>
    public static string Fingerprint(ReadOnlySpan<byte> weights, ModelMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(metadata.Hyper, Json)));
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u0001', metadata.Characters)));
        hash.AppendData(weights);
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }
}
