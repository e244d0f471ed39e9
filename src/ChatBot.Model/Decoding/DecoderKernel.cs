using System.Numerics.Tensors;
using ChatBot.Model.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// One decoder step (embedding → LSTM layers → projection) for a batch of rows, in managed code on the trained
/// decoder's weights, copied once. Every row is computed by the same sequence of operations whatever the batch
/// size, so batched and single-conversation decoding agree bit for bit (<see cref="PanelMatrix"/>).
/// </summary>
/// <remarks>
/// Per layer the gates are i, f, g, o (PyTorch's order): gates = input·W_ihᵀ + h·W_hhᵀ + b_ih + b_hh,
/// c' = σ(f)·c + σ(i)·tanh(g), h' = σ(o)·tanh(c'). Layer 1's input projection depends only on the token, so it is
/// precomputed per vocabulary entry (with both biases) and looked up. Immutable; safe to share between threads, each
/// using its own <see cref="Workspace"/>.
/// </remarks>
public sealed class DecoderKernel
{
    private readonly float[] tokenGates;          // [vocabulary, 4·hidden]: embedding·W_ih0ᵀ + b_ih0 + b_hh0
    private readonly PanelMatrix[] inputWeights;  // per layer ≥ 1: W_ih (index 0 unused)
    private readonly PanelMatrix[] hiddenWeights; // per layer: W_hh
    private readonly float[][] biases;            // per layer ≥ 1: b_ih + b_hh, padded to whole panels
    private readonly PanelMatrix projection;
    private readonly float[] projectionBias;      // padded to whole panels

    public DecoderKernel(EncoderDecoderNetwork network)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var hyper = network.Hyper;
        Layers = hyper.Layers;
        HiddenSize = hyper.HiddenSize;
        VocabularySize = network.VocabularySize;
        var parameters = network.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        float[] Values(string name) => parameters.TryGetValue(name, out var parameter)
            ? parameter.detach().contiguous().data<float>().ToArray()
            : throw new InvalidOperationException($"The network has no parameter {name}.");

        var gateCount = 4 * HiddenSize;
        inputWeights = new PanelMatrix[Layers];
        hiddenWeights = new PanelMatrix[Layers];
        biases = new float[Layers][];
        for (var layer = 0; layer < Layers; layer++)
        {
            hiddenWeights[layer] = new PanelMatrix(Values($"decoder.weight_hh_l{layer}"), gateCount, HiddenSize);
            var inputSize = layer == 0 ? hyper.EmbeddingSize : HiddenSize;
            inputWeights[layer] = new PanelMatrix(Values($"decoder.weight_ih_l{layer}"), gateCount, inputSize);
            biases[layer] = Padded(TensorPrimitivesAdd(Values($"decoder.bias_ih_l{layer}"), Values($"decoder.bias_hh_l{layer}")), hiddenWeights[layer].PaddedOutputs);
        }
        GateStride = hiddenWeights[0].PaddedOutputs;

        // Token → layer-1 input gates, computed with the same kernel (bias first, then the products in input order).
        var embedding = Values("embedding.weight");
        tokenGates = new float[VocabularySize * GateStride];
        for (var token = 0; token < VocabularySize; token++)
        {
            biases[0].CopyTo(tokenGates, token * GateStride);
        }
        inputWeights[0].MultiplyAdd(embedding, hyper.EmbeddingSize, VocabularySize, tokenGates);

        projection = new PanelMatrix(Values("projection.weight"), VocabularySize, HiddenSize);
        projectionBias = Padded(Values("projection.bias"), projection.PaddedOutputs);
    }

    public int Layers { get; }

    public int HiddenSize { get; }

    public int VocabularySize { get; }

    /// <summary>Row stride of the logits buffer: the vocabulary rounded up to whole panels.</summary>
    public int LogitStride => projection.PaddedOutputs;

    private int GateStride { get; }

    /// <summary>Scratch space for up to <see cref="Workspace.Capacity"/> rows.</summary>
    public Workspace CreateWorkspace(int capacity) => new(capacity, GateStride);

    /// <summary>
    /// Feeds <paramref name="tokens"/>[r] to row r for the first <paramref name="rows"/> rows: updates
    /// <paramref name="h"/> and <paramref name="c"/> (per layer, row-major [rows, hidden]) in place and writes the
    /// logits to <paramref name="logits"/> (row stride <see cref="LogitStride"/>).
    /// </summary>
    public void Step(ReadOnlySpan<int> tokens, int rows, float[][] h, float[][] c, Span<float> logits, Workspace workspace)
    {
        if (rows > workspace.Capacity || tokens.Length < rows)
        {
            throw new ArgumentException("More rows than the workspace or the tokens hold.");
        }
        var gates = workspace.Gates.AsSpan(0, rows * GateStride);
        for (var layer = 0; layer < Layers; layer++)
        {
            if (layer == 0)
            {
                for (var row = 0; row < rows; row++)
                {
                    tokenGates.AsSpan(tokens[row] * GateStride, GateStride).CopyTo(gates.Slice(row * GateStride, GateStride));
                }
            }
            else
            {
                for (var row = 0; row < rows; row++)
                {
                    biases[layer].CopyTo(gates.Slice(row * GateStride, GateStride));
                }
                inputWeights[layer].MultiplyAdd(h[layer - 1], HiddenSize, rows, gates);
            }
            hiddenWeights[layer].MultiplyAdd(h[layer], HiddenSize, rows, gates);
            for (var row = 0; row < rows; row++)
            {
                UpdateCell(gates.Slice(row * GateStride, 4 * HiddenSize), h[layer].AsSpan(row * HiddenSize, HiddenSize), c[layer].AsSpan(row * HiddenSize, HiddenSize));
            }
        }
        var output = logits[..(rows * LogitStride)];
        for (var row = 0; row < rows; row++)
        {
            projectionBias.CopyTo(output.Slice(row * LogitStride, LogitStride));
        }
        projection.MultiplyAdd(h[Layers - 1], HiddenSize, rows, output);
    }

    /// <summary>The LSTM cell update of one row, from its gate pre-activations (overwritten).</summary>
    private void UpdateCell(Span<float> gates, Span<float> h, Span<float> c)
    {
        var size = HiddenSize;
        var input = gates[..size];
        var forget = gates.Slice(size, size);
        var candidate = gates.Slice(2 * size, size);
        var output = gates.Slice(3 * size, size);
        TensorPrimitives.Sigmoid(gates[..(2 * size)], gates[..(2 * size)]);
        TensorPrimitives.Tanh(candidate, candidate);
        TensorPrimitives.Sigmoid(output, output);
        TensorPrimitives.Multiply(input, candidate, candidate);
        TensorPrimitives.FusedMultiplyAdd(forget, c, candidate, c);
        TensorPrimitives.Tanh(c, input);
        TensorPrimitives.Multiply(output, input, h);
    }

    private static float[] TensorPrimitivesAdd(float[] x, float[] y)
    {
        var sum = new float[x.Length];
        TensorPrimitives.Add(x, y, sum);
        return sum;
    }

    private static float[] Padded(float[] values, int length)
    {
        var padded = new float[length];
        values.CopyTo(padded, 0);
        return padded;
    }

    /// <summary>Per-caller scratch buffers of <see cref="Step"/>.</summary>
    public sealed class Workspace
    {
        internal Workspace(int capacity, int gateStride)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
            Capacity = capacity;
            Gates = new float[capacity * gateStride];
        }

        public int Capacity { get; }

        internal float[] Gates { get; }
    }
}
