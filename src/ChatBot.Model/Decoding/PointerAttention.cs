using System.Runtime.Intrinsics;

namespace ChatBot.Model.Decoding;

/// <summary>
/// The decoder's pointer-sentinel attention over a conversation's <see cref="AttentionMemory"/>, in managed code on
/// copies of the trained weights (see EncoderDecoderNetwork in ChatBot.Network for the model). Immutable; scratch space comes from the
/// caller.
/// </summary>
public sealed class PointerAttention
{
    private readonly PanelMatrix _query;
    private readonly PanelMatrix _key;
    private readonly float[] _sentinel;
    private readonly float _scale;
    private readonly float _floor;
    private readonly RowLinear? _match;
    private readonly RowLinear? _cases;
    private readonly int[] _lowerCase;
    private readonly int[] _upperCase;

    /// <summary>Log-probabilities are floored here so that log never sees 0; training (ChatBot.Network) applies the same floor.</summary>
    public const float ProbabilityFloor = 1e-30f;

    /// <summary>Scale of the attention scores, 1/√(attention size); training computes it the same way, so both agree bit for bit.</summary>
    public static float ScaleFor(int attentionSize) => 1f / MathF.Sqrt(attentionSize);

    internal PointerAttention(float[] queryWeights, float[] keyWeights, float[] sentinel, int hiddenSize, int memoryLength, float scale, float floor,
        RowLinear? match, RowLinear? cases, int[] lowerCase, int[] upperCase)
    {
        _match = match;
        _cases = cases;
        _lowerCase = lowerCase;
        _upperCase = upperCase;
        Size = sentinel.Length;
        MemoryLength = memoryLength;
        _query = new PanelMatrix(queryWeights, Size, hiddenSize);
        _key = new PanelMatrix(keyWeights, Size, hiddenSize);
        _sentinel = sentinel;
        _scale = scale;
        _floor = floor;
    }

    /// <summary>Width of keys and queries.</summary>
    public int Size { get; }

    /// <summary>How many user characters a conversation remembers.</summary>
    public int MemoryLength { get; }

    /// <summary>How many of the decoder's latest inputs the copy-continuation bonus compares (0 = none).</summary>
    public int MatchLength => _match?.Outputs ?? 0;

    /// <summary>Row stride of key and query buffers.</summary>
    public int Stride => _query.PaddedOutputs;

    /// <summary>Keys [rows, <see cref="Stride"/>] of the top-layer states <paramref name="hidden"/> (row stride = hidden size).</summary>
    public void Keys(ReadOnlySpan<float> hidden, int rows, Span<float> output) => Project(_key, hidden, rows, output);

    /// <summary>Queries [rows, <see cref="Stride"/>] of the top-layer states <paramref name="hidden"/>.</summary>
    public void Queries(ReadOnlySpan<float> hidden, int rows, Span<float> output) => Project(_query, hidden, rows, output);

    /// <summary>
    /// Turns one row's vocabulary logits into log p(y) = log(a_sentinel · softmax(logits)(y) + Σ_{i: x_i = y} a_i),
    /// in place (with case copying, each a_i is shared among x_i as typed, upper- and lower-cased).
    /// <paramref name="hiddenRow"/> is the decoder's top-layer state, <paramref name="recentInputs"/> the decoder's
    /// latest inputs, newest last (at least <see cref="MatchLength"/> of them when there are that many).
    /// <paramref name="scores"/> is scratch space of at least <see cref="MemoryLength"/> + 1 floats.
    /// </summary>
    public void Mix(ReadOnlySpan<float> queryRow, ReadOnlySpan<float> hiddenRow, AttentionMemory memory, ReadOnlySpan<int> recentInputs,
        Span<float> logits, Span<float> scores)
    {
        var count = memory.Count;
        var keys = memory.Keys;
        var tokens = memory.Tokens;
        Span<float> coefficients = stackalloc float[Math.Max(MatchLength, 3)];
        if (_match is not null)
        {
            _match.Apply(hiddenRow, coefficients);
        }
        var max = float.NegativeInfinity;
        for (var i = 0; i < count; i++)
        {
            scores[i] = Dot(queryRow, keys.Slice(i * Size, Size)) * _scale;
            if (_match is not null)
            {
                scores[i] += MatchBonus(tokens, i, recentInputs, coefficients);
            }
            max = MathF.Max(max, scores[i]);
        }
        scores[count] = Dot(queryRow, _sentinel) * _scale;
        max = MathF.Max(max, scores[count]);
        var total = 0f;
        for (var i = 0; i <= count; i++)
        {
            scores[i] = MathF.Exp(scores[i] - max);
            total += scores[i];
        }
        // Normalised in place: the caller may look at the weights after the step.
        for (var i = 0; i <= count; i++)
        {
            scores[i] /= total;
        }
        var sentinelWeight = scores[count];

        Softmax(logits);
        for (var v = 0; v < logits.Length; v++)
        {
            logits[v] *= sentinelWeight;
        }
        if (_cases is null)
        {
            for (var i = 0; i < count; i++)
            {
                logits[tokens[i]] += scores[i];
            }
        }
        else
        {
            _cases.Apply(hiddenRow, coefficients);
            Softmax(coefficients[..3]);
            for (var i = 0; i < count; i++)
            {
                var weight = scores[i];
                logits[tokens[i]] += weight * coefficients[0];
                logits[_upperCase[tokens[i]]] += weight * coefficients[1];
                logits[_lowerCase[tokens[i]]] += weight * coefficients[2];
            }
        }
        for (var v = 0; v < logits.Length; v++)
        {
            logits[v] = MathF.Log(MathF.Max(logits[v], _floor));
        }
    }

    /// <summary>Σ_k coefficient_k over the match lengths k at which the k characters before slot <paramref name="slot"/> equal the latest inputs (case-folded).</summary>
    private float MatchBonus(ReadOnlySpan<int> tokens, int slot, ReadOnlySpan<int> recentInputs, ReadOnlySpan<float> coefficients)
    {
        var bonus = 0f;
        var longest = Math.Min(MatchLength, Math.Min(slot, recentInputs.Length));
        for (var k = 1; k <= longest; k++)
        {
            if (_lowerCase[tokens[slot - k]] != _lowerCase[recentInputs[^k]])
            {
                break;
            }
            bonus += coefficients[k - 1];
        }
        return bonus;
    }

    private static void Softmax(Span<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var value in values)
        {
            max = MathF.Max(max, value);
        }
        var total = 0f;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = MathF.Exp(values[i] - max);
            total += values[i];
        }
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= total;
        }
    }

    private static void Project(PanelMatrix matrix, ReadOnlySpan<float> hidden, int rows, Span<float> output)
    {
        output[..(rows * matrix.PaddedOutputs)].Clear();
        matrix.MultiplyAdd(hidden, matrix.Inputs, rows, output);
    }

    /// <summary>
    /// a·b over b's length, eight lanes at a time (the score of every memory slot at every step, so worth vectors).
    /// The same sequence of operations for every row, so batched and single decoding still agree bit for bit.
    /// </summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var i = 0;
        var lanes = Vector256<float>.Zero;
        for (; i + 8 <= b.Length; i += 8)
        {
            lanes = Vector256.FusedMultiplyAdd(Vector256.Create(a.Slice(i, 8)), Vector256.Create(b.Slice(i, 8)), lanes);
        }
        var sum = Vector256.Sum(lanes);
        for (; i < b.Length; i++)
        {
            sum = MathF.FusedMultiplyAdd(a[i], b[i], sum);
        }
        return sum;
    }
}
