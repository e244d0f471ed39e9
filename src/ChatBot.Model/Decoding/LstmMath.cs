using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ChatBot.Model.Decoding;

/// <summary>
/// tanh for the managed LSTM kernels, vectorised, with every element computed by the same operations in the vector and
/// the scalar path (each IEEE-exact), so a value never depends on where it sits in a span. Absolute error about 1e-7.
/// </summary>
/// <remarks>
/// Written out rather than taken from a library so that it is compiled fully optimised on first use (tiered
/// compilation otherwise runs vector code unoptimised for the first calls, tens of times slower).
/// tanh(x) = sign(x)·(1 − 2 / (e^{2|x|} + 1)); e^y by y = n·ln 2 + r, |r| ≤ ln 2 / 2, and a degree-6 polynomial for e^r.
/// </remarks>
internal static class LstmMath
{
    private const float Log2E = 1.44269504f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;
    private const float MaxExponentInput = 88f;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Tanh(Span<float> values)
    {
        fixed (float* p = values)
        {
            var i = 0;
            for (; i + 16 <= values.Length; i += 16)
            {
                Tanh(Vector512.Load(p + i)).Store(p + i);
            }
            for (; i < values.Length; i++)
            {
                p[i] = Tanh(p[i]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x)
    {
        var twice = Vector512.Min(Vector512.Abs(x) * 2f, Vector512.Create(MaxExponentInput));
        var t = Vector512<float>.One - Vector512.Create(2f) / (Exp(twice) + Vector512<float>.One);
        var sign = Vector512.Create(-0f);
        return (t & ~sign) | (x & sign);
    }

    public static float Tanh(float x)
    {
        var twice = MathF.Min(MathF.Abs(x) * 2f, MaxExponentInput);
        var t = 1f - 2f / (Exp(twice) + 1f);
        return MathF.CopySign(t, x);
    }

    /// <summary>e^y for 0 ≤ y ≤ 88.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Exp(Vector512<float> y)
    {
        var n = Vector512.Round(y * Log2E);
        var r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2High), y);
        r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2Low), r);
        var p = Vector512.Create(1f / 720);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1f / 120));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1f / 24));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1f / 6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(0.5f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<float>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<float>.One);
        var scale = (Vector512.ConvertToInt32(n) + Vector512.Create(127)) << 23;
        return p * scale.AsSingle();
    }

    private static float Exp(float y)
    {
        var n = MathF.Round(y * Log2E);
        var r = MathF.FusedMultiplyAdd(n, -Ln2High, y);
        r = MathF.FusedMultiplyAdd(n, -Ln2Low, r);
        var p = 1f / 720;
        p = MathF.FusedMultiplyAdd(p, r, 1f / 120);
        p = MathF.FusedMultiplyAdd(p, r, 1f / 24);
        p = MathF.FusedMultiplyAdd(p, r, 1f / 6);
        p = MathF.FusedMultiplyAdd(p, r, 0.5f);
        p = MathF.FusedMultiplyAdd(p, r, 1f);
        p = MathF.FusedMultiplyAdd(p, r, 1f);
        return p * BitConverter.Int32BitsToSingle(((int)n + 127) << 23);
    }
}
