using System.Runtime.CompilerServices;
using ChatBot.Model.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// The trained network's inference steps in managed code, on copies of its weights: the encoder reading a message
/// and the decoder step (embedding → LSTM layers → projection) for a batch of rows. Every row is computed the same way
/// whatever the batch, so batched and single-conversation decoding agree bit for bit (<see cref="PanelMatrix"/>).
/// Immutable and safe to share between threads, each using its own <see cref="Workspace"/>.
/// </summary>
public sealed class DecoderKernel
{
    private readonly PanelMatrix projection;
    private readonly float[] projectionBias; // padded to whole panels

    public DecoderKernel(EncoderDecoderNetwork network)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var hyper = network.Hyper;
        var parameters = network.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        float[] Values(string name) => parameters.TryGetValue(name, out var parameter)
            ? parameter.detach().contiguous().data<float>().ToArray()
            : throw new InvalidOperationException($"The network has no parameter {name}.");

        var embedding = Values("embedding.weight");
        Encoder = new LstmLayers(name => Values("encoder." + name), embedding, network.VocabularySize, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers);
        Decoder = new LstmLayers(name => Values("decoder." + name), embedding, network.VocabularySize, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers);
        projection = new PanelMatrix(Values("projection.weight"), network.VocabularySize, hyper.HiddenSize);
        projectionBias = new float[projection.PaddedOutputs];
        Values("projection.bias").CopyTo(projectionBias, 0);
    }

    public LstmLayers Encoder { get; }

    public LstmLayers Decoder { get; }

    public int Layers => Decoder.Layers;

    public int HiddenSize => Decoder.HiddenSize;

    public int VocabularySize => Decoder.VocabularySize;

    /// <summary>Row stride of the logits buffer: the vocabulary rounded up to whole panels.</summary>
    public int LogitStride => projection.PaddedOutputs;

    /// <summary>Scratch space for up to <see cref="Workspace.Capacity"/> rows.</summary>
    public Workspace CreateWorkspace(int capacity) => new(capacity, Decoder.GateStride);

    /// <summary>
    /// Encodes messages into the state of rows <paramref name="firstRow"/>… (one message per row, starting from the
    /// state already there). <paramref name="messages"/> must be ordered longest first: at each character position
    /// the rows still reading form a prefix.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Encode(IReadOnlyList<int[]> messages, int firstRow, float[][] h, float[][] c, Workspace workspace)
    {
        if (messages.Count > workspace.Capacity)
        {
            throw new ArgumentException("More messages than the workspace holds.");
        }
        var longest = messages.Count == 0 ? 0 : messages[0].Length;
        var tokens = workspace.Tokens;
        var reading = messages.Count;
        for (var position = 0; position < longest; position++)
        {
            while (reading > 0 && messages[reading - 1].Length <= position)
            {
                reading--;
            }
            for (var row = 0; row < reading; row++)
            {
                if (row > 0 && messages[row].Length > messages[row - 1].Length)
                {
                    throw new ArgumentException("The messages must be ordered longest first.", nameof(messages));
                }
                tokens[row] = messages[row][position];
            }
            Encoder.Step(tokens, firstRow, reading, h, c, workspace.Gates);
        }
    }

    /// <summary>
    /// Feeds <paramref name="tokens"/>[r] to row r for the first <paramref name="rows"/> rows: updates
    /// <paramref name="h"/> and <paramref name="c"/> (per layer, row-major [rows, hidden]) in place and writes the
    /// logits to <paramref name="logits"/> (row stride <see cref="LogitStride"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(ReadOnlySpan<int> tokens, int rows, float[][] h, float[][] c, Span<float> logits, Workspace workspace)
    {
        if (rows > workspace.Capacity)
        {
            throw new ArgumentException("More rows than the workspace holds.");
        }
        Decoder.Step(tokens, 0, rows, h, c, workspace.Gates);
        var output = logits[..(rows * LogitStride)];
        for (var row = 0; row < rows; row++)
        {
            projectionBias.CopyTo(output.Slice(row * LogitStride, LogitStride));
        }
        projection.MultiplyAdd(h[Layers - 1], HiddenSize, rows, output);
    }

    /// <summary>Per-caller scratch buffers.</summary>
    public sealed class Workspace
    {
        internal Workspace(int capacity, int gateStride)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
            Capacity = capacity;
            Gates = new float[capacity * gateStride];
            Tokens = new int[capacity];
        }

        public int Capacity { get; }

        internal float[] Gates { get; }

        internal int[] Tokens { get; }
    }
}
