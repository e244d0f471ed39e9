using System.Text.Json;
using ChatBot.Model.Network;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Training.Loop;

/// <summary>
/// Everything needed to continue a run exactly: weights, Adam's moments, step, data position, the rows' carried
/// state (LSTM (h, c) and, with attention, the memory) and torch's random generator. One file, written through a temp file and a rename.
/// </summary>
public sealed record TrainingCheckpoint
{
    public const string FileName = "checkpoint.bin";

    public required long Step { get; init; }
    public required StreamPosition Stream { get; init; }
    public required IReadOnlyList<string> Characters { get; init; }
    public required ModelHyperParameters Hyper { get; init; }
    public required int BatchSize { get; init; }
    public required int Seed { get; init; }
    public required string CorpusHash { get; init; }
    public double? BestBitsPerChar { get; init; }
    public double? BestBitsPerCharReset { get; init; }
    public int EvaluationsWithoutImprovement { get; init; }
    public double ElapsedSeconds { get; init; }

    public static void Write(string path, TrainingCheckpoint checkpoint, nn.Module network, optim.Optimizer optimizer, NetworkState state)
    {
        Shared.AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write("CBCKPT01"u8);
            WriteSection(writer, JsonSerializer.SerializeToUtf8Bytes(checkpoint));
            WriteSection(writer, w => network.save(w));
            WriteSection(writer, w => ((TorchSharp.Modules.OptimizerHelper)optimizer).save_state_dict(w));
            WriteSection(writer, get_rng_state().bytes.ToArray());
            WriteSection(writer, state.H.contiguous().bytes.ToArray());
            WriteSection(writer, state.C.contiguous().bytes.ToArray());
            if (state.MemoryTokens is { } tokens && state.MemoryKeys is { } keys)
            {
                WriteSection(writer, tokens.contiguous().bytes.ToArray());
                WriteSection(writer, keys.contiguous().bytes.ToArray());
            }
            writer.Flush();
        });
    }

    /// <summary>Reads the JSON part only (to rebuild the network with the right shape before <see cref="Restore"/>).</summary>
    public static TrainingCheckpoint ReadHeader(string path)
    {
        using var reader = Open(path);
        return JsonSerializer.Deserialize<TrainingCheckpoint>(reader.ReadBytes(reader.ReadInt32()))
            ?? throw new InvalidDataException($"{path}: empty checkpoint header.");
    }

    /// <summary>Loads weights, optimizer and RNG state in place; returns the carried state, shaped like <paramref name="fresh"/> (which it fills).</summary>
    public static NetworkState Restore(string path, nn.Module network, optim.Optimizer optimizer, NetworkState fresh)
    {
        using var reader = Open(path);
        reader.ReadBytes(reader.ReadInt32());
        using (var weights = new MemoryStream(reader.ReadBytes(reader.ReadInt32())))
        {
            network.load(weights);
        }
        using (var optimizerState = new MemoryStream(reader.ReadBytes(reader.ReadInt32())))
        using (var optimizerReader = new BinaryReader(optimizerState))
        {
            ((TorchSharp.Modules.OptimizerHelper)optimizer).load_state_dict(optimizerReader);
        }
        var rng = reader.ReadBytes(reader.ReadInt32());
        using (var rngTensor = get_rng_state())
        {
            rngTensor.bytes = rng;
            set_rng_state(rngTensor);
        }
        fresh.H.bytes = reader.ReadBytes(reader.ReadInt32());
        fresh.C.bytes = reader.ReadBytes(reader.ReadInt32());
        if (fresh.MemoryTokens is { } tokens && fresh.MemoryKeys is { } keys)
        {
            tokens.bytes = reader.ReadBytes(reader.ReadInt32());
            keys.bytes = reader.ReadBytes(reader.ReadInt32());
        }
        return fresh;
    }

    private static BinaryReader Open(string path)
    {
        var reader = new BinaryReader(File.OpenRead(path));
        if (!reader.ReadBytes(8).AsSpan().SequenceEqual("CBCKPT01"u8))
        {
            reader.Dispose();
            throw new InvalidDataException($"{path}: not a training checkpoint.");
        }
        return reader;
    }

    private static void WriteSection(BinaryWriter writer, byte[] bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static void WriteSection(BinaryWriter writer, Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var inner = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(inner);
        }
        WriteSection(writer, buffer.ToArray());
    }
}
