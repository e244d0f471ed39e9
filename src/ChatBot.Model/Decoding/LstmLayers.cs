using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ChatBot.Model.Decoding;

/// <summary>
/// A trained multi-layer LSTM (the encoder's or the decoder's), stepped one character at a time for a batch of rows
/// in managed code. Every row is computed by the same sequence of operations whatever the batch size and position,
/// so a row's result never depends on the other rows (<see cref="PanelMatrix"/>).
/// </summary>
/// <remarks>
/// Per layer the gates are i, f, g, o (PyTorch's order): gates = input·W_ihᵀ + h·W_hhᵀ + b_ih + b_hh,
/// c' = σ(f)·c + σ(i)·tanh(g), h' = σ(o)·tanh(c'). The first layer's input projection depends only on the
/// character, so it is precomputed per vocabulary entry (with both biases) and looked up. Immutable.
/// </remarks>
public sealed class LstmLayers
{
    private readonly float[] _tokenGates;          // [vocabulary, gate stride]: embedding·W_ih0ᵀ + b_ih0 + b_hh0
    private readonly PanelMatrix[] _inputWeights;  // per layer: W_ih (layer 0's only feeds tokenGates)
    private readonly PanelMatrix[] _hiddenWeights; // per layer: W_hh
    private readonly float[][] _biases;            // per layer: b_ih + b_hh, padded to the gate stride

    /// <param name="parameter">Reads a parameter of the LSTM by PyTorch name (weight_ih_l0, bias_hh_l1, …), row-major.</param>
    /// <param name="embedding">The embedding table [vocabulary, embedding size], row-major.</param>
    public LstmLayers(Func<string, float[]> parameter, float[] embedding, int vocabulary, int embeddingSize, int hiddenSize, int layers)
    {
        Layers = layers;
        HiddenSize = hiddenSize;
        VocabularySize = vocabulary;
        var gateCount = 4 * hiddenSize;
        _inputWeights = new PanelMatrix[layers];
        _hiddenWeights = new PanelMatrix[layers];
        _biases = new float[layers][];
        for (var layer = 0; layer < layers; layer++)
        {
            _hiddenWeights[layer] = new PanelMatrix(parameter($"weight_hh_l{layer}"), gateCount, hiddenSize);
            _inputWeights[layer] = new PanelMatrix(parameter($"weight_ih_l{layer}"), gateCount, layer == 0 ? embeddingSize : hiddenSize);
            var bias = new float[_hiddenWeights[layer].PaddedOutputs];
            var (inputBias, hiddenBias) = (parameter($"bias_ih_l{layer}"), parameter($"bias_hh_l{layer}"));
            for (var gate = 0; gate < gateCount; gate++)
            {
                bias[gate] = inputBias[gate] + hiddenBias[gate];
            }
            _biases[layer] = bias;
        }
        GateStride = _hiddenWeights[0].PaddedOutputs;
        // Computed with the same kernel as every step: bias first, then the products in input order.
        _tokenGates = new float[vocabulary * GateStride];
        for (var token = 0; token < vocabulary; token++)
        {
            _biases[0].CopyTo(_tokenGates, token * GateStride);
        }
        _inputWeights[0].MultiplyAdd(embedding, embeddingSize, vocabulary, _tokenGates);
    }

    public int Layers { get; }

    public int HiddenSize { get; }

    public int VocabularySize { get; }

    /// <summary>Floats per row of gate scratch space (4 × hidden, rounded up to whole panels).</summary>
    public int GateStride { get; }

    /// <summary>
    /// Feeds <paramref name="tokens"/>[i] to row <paramref name="firstRow"/> + i for <paramref name="rows"/> rows,
    /// updating <paramref name="h"/> and <paramref name="c"/> (per layer, row-major [row, hidden]) in place.
    /// <paramref name="gates"/> is scratch space of at least rows × <see cref="GateStride"/> floats.
    /// <paramref name="observer"/>, when given, sees each layer's gates (for pictures of the network, not for serving).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(ReadOnlySpan<int> tokens, int firstRow, int rows, float[][] h, float[][] c, Span<float> gates, GateObserver? observer = null)
    {
        if (rows == 0)
        {
            return;
        }
        if (tokens.Length < rows || gates.Length < rows * GateStride)
        {
            throw new ArgumentException("Fewer tokens or less scratch space than rows.");
        }
        gates = gates[..(rows * GateStride)];
        var at = firstRow * HiddenSize;
        for (var layer = 0; layer < Layers; layer++)
        {
            if (layer == 0)
            {
                for (var row = 0; row < rows; row++)
                {
                    var token = tokens[row];
                    if ((uint)token >= (uint)VocabularySize)
                    {
                        throw new ArgumentOutOfRangeException(nameof(tokens), $"Token {token} is outside the vocabulary.");
                    }
                    _tokenGates.AsSpan(token * GateStride, GateStride).CopyTo(gates.Slice(row * GateStride, GateStride));
                }
            }
            else
            {
                for (var row = 0; row < rows; row++)
                {
                    _biases[layer].CopyTo(gates.Slice(row * GateStride, GateStride));
                }
                _inputWeights[layer].MultiplyAdd(h[layer - 1].AsSpan(at), HiddenSize, rows, gates);
            }
            _hiddenWeights[layer].MultiplyAdd(h[layer].AsSpan(at), HiddenSize, rows, gates);
            observer?.Invoke(layer, gates, GateStride);
            for (var row = 0; row < rows; row++)
            {
                UpdateCell(gates.Slice(row * GateStride, 4 * HiddenSize), h[layer].AsSpan(at + row * HiddenSize, HiddenSize), c[layer].AsSpan(at + row * HiddenSize, HiddenSize));
            }
        }
    }

    /// <summary>The LSTM cell update of one row, from its gate pre-activations.</summary>
    /// <remarks>σ(x) is computed as ½ + ½·tanh(x/2), so all four gates share one vectorised tanh
    /// (<see cref="LstmMath"/>); the vector and scalar paths perform the same exact operations.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void UpdateCell(Span<float> gates, Span<float> h, Span<float> c)
    {
        var size = HiddenSize;
        fixed (float* g = gates)
        fixed (float* hidden = h)
        fixed (float* cell = c)
        {
            var half = Vector512.Create(0.5f);
            var u = 0;
            for (; u + 16 <= size; u += 16)
            {
                var i = Vector512.FusedMultiplyAdd(LstmMath.Tanh(Vector512.Load(g + u) * 0.5f), half, half);
                var f = Vector512.FusedMultiplyAdd(LstmMath.Tanh(Vector512.Load(g + size + u) * 0.5f), half, half);
                var candidate = LstmMath.Tanh(Vector512.Load(g + 2 * size + u));
                var o = Vector512.FusedMultiplyAdd(LstmMath.Tanh(Vector512.Load(g + 3 * size + u) * 0.5f), half, half);
                var newCell = Vector512.FusedMultiplyAdd(f, Vector512.Load(cell + u), i * candidate);
                newCell.Store(cell + u);
                (o * LstmMath.Tanh(newCell)).Store(hidden + u);
            }
            for (; u < size; u++)
            {
                var i = MathF.FusedMultiplyAdd(LstmMath.Tanh(g[u] * 0.5f), 0.5f, 0.5f);
                var f = MathF.FusedMultiplyAdd(LstmMath.Tanh(g[size + u] * 0.5f), 0.5f, 0.5f);
                var candidate = LstmMath.Tanh(g[2 * size + u]);
                var o = MathF.FusedMultiplyAdd(LstmMath.Tanh(g[3 * size + u] * 0.5f), 0.5f, 0.5f);
                var newCell = MathF.FusedMultiplyAdd(f, cell[u], i * candidate);
                cell[u] = newCell;
                hidden[u] = o * LstmMath.Tanh(newCell);
            }
        }
    }
}
