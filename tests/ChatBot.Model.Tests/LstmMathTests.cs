using System.Runtime.Intrinsics;
using ChatBot.Model.Decoding;

namespace ChatBot.Model.Tests;

public sealed class LstmMathTests
{
    private static readonly float[] Inputs = [.. Enumerable.Range(-4000, 8001).Select(i => i / 400f), 1e-6f, -1e-6f, 0f, 30f, -30f, 100f, -100f, float.MaxValue, float.MinValue];

    [Fact]
    public void Tanh_is_within_two_tenths_of_a_millionth_of_the_exact_value()
    {
        var values = Inputs.ToArray();

        LstmMath.Tanh(values);

        for (var i = 0; i < values.Length; i++)
        {
            Assert.True(Math.Abs(values[i] - Math.Tanh(Inputs[i])) <= 2e-7, $"tanh({Inputs[i]}) = {values[i]}, exact {Math.Tanh(Inputs[i])}");
        }
    }

    [Fact]
    public void The_vector_and_the_scalar_path_give_the_same_bits()
    {
        var padded = Inputs.Concat(new float[(16 - Inputs.Length % 16) % 16]).ToArray();
        for (var at = 0; at < padded.Length; at += 16)
        {
            var vector = LstmMath.Tanh(Vector512.Create(padded.AsSpan(at, 16)));
            for (var lane = 0; lane < 16; lane++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(LstmMath.Tanh(padded[at + lane])), BitConverter.SingleToInt32Bits(vector[lane]));
            }
        }
    }
}
