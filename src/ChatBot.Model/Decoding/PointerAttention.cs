namespace ChatBot.Model.Decoding;

/// <summary>
/// The decoder's pointer-sentinel attention over a conversation's <see cref="AttentionMemory"/>, in managed code on
/// copies of the trained weights (see EncoderDecoderNetwork for the model). Immutable; scratch space comes from the
/// caller.
/// </summary>
public sealed class PointerAttention
{
    private readonly PanelMatrix query;
    private readonly PanelMatrix key;
    private readonly float[] sentinel;
    private readonly float scale;
    private readonly float floor;

    internal PointerAttention(float[] queryWeights, float[] keyWeights, float[] sentinel, int hiddenSize, int memoryLength, float scale, float floor)
    {
        Size = sentinel.Length;
        MemoryLength = memoryLength;
        query = new PanelMatrix(queryWeights, Size, hiddenSize);
        key = new PanelMatrix(keyWeights, Size, hiddenSize);
        this.sentinel = sentinel;
        this.scale = scale;
        this.floor = floor;
    }

    /// <summary>Width of keys and queries.</summary>
    public int Size { get; }

    /// <summary>How many user characters a conversation remembers.</summary>
    public int MemoryLength { get; }

    /// <summary>Row stride of key and query buffers.</summary>
    public int Stride => query.PaddedOutputs;

    /// <summary>Keys [rows, <see cref="Stride"/>] of the top-layer states <paramref name="hidden"/> (row stride = hidden size).</summary>
    public void Keys(ReadOnlySpan<float> hidden, int rows, Span<float> output) => Project(key, hidden, rows, output);

    /// <summary>Queries [rows, <see cref="Stride"/>] of the top-layer states <paramref name="hidden"/>.</summary>
    public void Queries(ReadOnlySpan<float> hidden, int rows, Span<float> output) => Project(query, hidden, rows, output);

    /// <summary>
    /// Turns one row's vocabulary logits into log p(y) = log(a_sentinel · softmax(logits)(y) + Σ_{i: x_i = y} a_i),
    /// in place. <paramref name="scores"/> is scratch space of at least <see cref="MemoryLength"/> + 1 floats.
    /// </summary>
    public void Mix(ReadOnlySpan<float> queryRow, AttentionMemory memory, Span<float> logits, Span<float> scores)
    {
        var count = memory.Count;
        var keys = memory.Keys;
        var max = float.NegativeInfinity;
        for (var i = 0; i < count; i++)
        {
            scores[i] = Dot(queryRow, keys.Slice(i * Size, Size)) * scale;
            max = MathF.Max(max, scores[i]);
        }
        scores[count] = Dot(queryRow, sentinel) * scale;
        max = MathF.Max(max, scores[count]);
        var total = 0f;
        for (var i = 0; i <= count; i++)
        {
            scores[i] = MathF.Exp(scores[i] - max);
            total += scores[i];
        }
        var sentinelWeight = scores[count] / total;

        var logitMax = float.NegativeInfinity;
        foreach (var value in logits)
        {
            logitMax = MathF.Max(logitMax, value);
        }
        var logitTotal = 0f;
        for (var v = 0; v < logits.Length; v++)
        {
            logits[v] = MathF.Exp(logits[v] - logitMax);
            logitTotal += logits[v];
        }
        for (var v = 0; v < logits.Length; v++)
        {
            logits[v] = sentinelWeight * (logits[v] / logitTotal);
        }
        var tokens = memory.Tokens;
        for (var i = 0; i < count; i++)
        {
            logits[tokens[i]] += scores[i] / total;
        }
        for (var v = 0; v < logits.Length; v++)
        {
            logits[v] = MathF.Log(MathF.Max(logits[v], floor));
        }
    }

    private static void Project(PanelMatrix matrix, ReadOnlySpan<float> hidden, int rows, Span<float> output)
    {
        output[..(rows * matrix.PaddedOutputs)].Clear();
        matrix.MultiplyAdd(hidden, matrix.Inputs, rows, output);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < b.Length; i++)
        {
            sum = MathF.FusedMultiplyAdd(a[i], b[i], sum);
        }
        return sum;
    }
}
