namespace ChatBot.Model.Decoding;

/// <summary>A small linear layer (y = W x + b) applied to one row at a time; for outputs too few to be worth panels.</summary>
internal sealed class RowLinear
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    /// <param name="weights">[outputs, inputs], row-major, as TorchSharp stores a Linear's weight.</param>
    public RowLinear(float[] weights, float[] bias)
    {
        if (bias.Length == 0 || weights.Length % bias.Length != 0)
        {
            throw new ArgumentException($"A linear layer of {bias.Length} outputs cannot have {weights.Length} weights.");
        }
        _weights = weights;
        _bias = bias;
        Inputs = weights.Length / bias.Length;
    }

    public int Inputs { get; }

    public int Outputs => _bias.Length;

    public void Apply(ReadOnlySpan<float> input, Span<float> output)
    {
        for (var o = 0; o < Outputs; o++)
        {
            var row = _weights.AsSpan(o * Inputs, Inputs);
            var sum = 0f;
            for (var i = 0; i < Inputs; i++)
            {
                sum = MathF.FusedMultiplyAdd(input[i], row[i], sum);
            }
            output[o] = sum + _bias[o];
        }
    }
}
