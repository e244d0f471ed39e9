using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Model.Network;

namespace ChatBot.Model.Files;

/// <summary>
/// The single-file model format: "CHATBOTM", format version (u32), metadata JSON length (u32) and UTF-8 JSON,
/// weights length (u64) and TorchSharp's state-dict bytes, then the SHA-256 of everything before it.
/// Written through a temp file and a rename, so a reader never sees a half-written model.
/// </summary>
public static class ModelFile
{
    public const uint FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "CHATBOTM"u8;
    private const int HashLength = 32;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static void Write(string path, ModelMetadata metadata, EncoderDecoderNetwork network) =>
        Shared.AtomicFile.WriteAllBytes(path, Serialize(metadata, network));

    public static byte[] Serialize(ModelMetadata metadata, EncoderDecoderNetwork network)
    {
        using var weights = new MemoryStream();
        using (var writer = new BinaryWriter(weights, Encoding.UTF8, leaveOpen: true))
        {
            // Module.save(Stream) would close the stream; a leave-open writer keeps it.
            network.save(writer);
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(metadata, Json);
        using var output = new MemoryStream();
        output.Write(Magic);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(number, FormatVersion);
        output.Write(number[..4]);
        BinaryPrimitives.WriteUInt32LittleEndian(number, (uint)json.Length);
        output.Write(number[..4]);
        output.Write(json);
        BinaryPrimitives.WriteUInt64LittleEndian(number, (ulong)weights.Length);
        output.Write(number);
        weights.Position = 0;
        weights.CopyTo(output);
        output.Write(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Length)));
        return output.ToArray();
    }

    /// <summary>Reads and checks a model file; the caller owns the returned network.</summary>
    /// <exception cref="ModelFileException">Missing, truncated, damaged or unknown format.</exception>
    public static (ModelMetadata Metadata, EncoderDecoderNetwork Network, string Fingerprint) Read(string path)
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

    public static (ModelMetadata Metadata, EncoderDecoderNetwork Network, string Fingerprint) Deserialize(string path, ReadOnlySpan<byte> bytes)
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

        EncoderDecoderNetwork network;
        try
        {
            network = new EncoderDecoderNetwork(new Text.Vocabulary(metadata.Characters), metadata.Hyper);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileException(path, $"the model metadata is invalid ({e.Message}).", e);
        }
        try
        {
            using var weights = new MemoryStream(bytes.Slice(at, (int)weightsLength).ToArray(), writable: false);
            network.load(weights, strict: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            network.Dispose();
            throw new ModelFileException(path, $"the weights do not match the declared shape ({e.Message}).", e);
        }
        network.eval();
        return (metadata, network, Fingerprint(bytes.Slice(at, (int)weightsLength), metadata));
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
