using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ChatBot.Model.Decoding;

/// <summary>
/// A weight matrix W [outputs, inputs] (PyTorch's layout) stored for <see cref="MultiplyAdd"/>: in panels of 32
/// outputs, each panel input-major ([input][32]) and zero-padded, so the kernels read it front to back.
/// </summary>
/// <remarks>
/// <see cref="MultiplyAdd"/> computes every output element the same way whatever the number of rows and whichever
/// kernel handles its row: start from the value already in the output, then one fused multiply-add per input, in
/// input order. A row's result therefore never depends on the other rows of the batch, which libtorch's matrix
/// products do not guarantee (they switch kernels by row count), and it is the same with or without AVX-512 because
/// a fused multiply-add is exactly rounded. On the project's machine these kernels are also faster than libtorch's
/// (its MKL build does not use AVX-512 there): see docs/performance.md.
/// </remarks>
public sealed class PanelMatrix
{
    private const int Panel = 32;
    private readonly float[] _panels;

    /// <param name="weights">Row-major [outputs, inputs].</param>
    public PanelMatrix(ReadOnlySpan<float> weights, int outputs, int inputs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        if (weights.Length != outputs * inputs)
        {
            throw new ArgumentException($"Expected {outputs} × {inputs} weights, got {weights.Length}.", nameof(weights));
        }
        Outputs = outputs;
        Inputs = inputs;
        PaddedOutputs = (outputs + Panel - 1) / Panel * Panel;
        _panels = new float[PaddedOutputs * inputs];
        for (var output = 0; output < outputs; output++)
        {
            var panelStart = output / Panel * inputs * Panel;
            for (var input = 0; input < inputs; input++)
            {
                _panels[panelStart + input * Panel + output % Panel] = weights[output * inputs + input];
            }
        }
    }

    public int Outputs { get; }

    public int Inputs { get; }

    /// <summary>Outputs rounded up to whole panels: the row stride of the output buffer.</summary>
    public int PaddedOutputs { get; }

    /// <summary>
    /// output[r, j] += Σ_i input[r, i] · W[j, i] for rows r &lt; <paramref name="rows"/>, accumulated in input order.
    /// <paramref name="input"/> has row stride <paramref name="inputStride"/>; <paramref name="output"/> has row
    /// stride <see cref="PaddedOutputs"/> (the padding columns receive zeros added).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void MultiplyAdd(ReadOnlySpan<float> input, int inputStride, int rows, Span<float> output)
    {
        if (rows == 0)
        {
            return;
        }
        if (inputStride < Inputs || input.Length < (rows - 1) * inputStride + Inputs || output.Length < rows * PaddedOutputs)
        {
            throw new ArgumentException("The input or output buffer is too small for the rows.");
        }
        var panelCount = PaddedOutputs / Panel;
        var k = Inputs;
        var n = PaddedOutputs;
        fixed (float* a = input)
        fixed (float* w = _panels)
        fixed (float* c = output)
        {
            var p = 0;
            if (rows <= 2)
            {
                // One or two rows: four panels at a time keep enough independent accumulators in flight, and a pair
                // of rows shares each weight load.
                for (; p + 4 <= panelCount; p += 4)
                {
                    if (rows == 2)
                    {
                        Rows2x4Panels(a, inputStride, k, w + p * k * Panel, c + p * Panel, n);
                    }
                    else
                    {
                        Row4Panels(a, k, w + p * k * Panel, c + p * Panel);
                    }
                }
                if (p == panelCount)
                {
                    return;
                }
            }
            // Rows left over after the blocks of 8 run as one block of 8 or 4 padded with zero rows (except a single
            // row): a block kernel costs about the same whether its rows are real or not, and much less than the
            // latency-bound Row1 once per row. The real rows' inputs, starting values and operations are unchanged,
            // and so are their results.
            var blocked = rows / 8 * 8;
            var left = rows - blocked;
            var tailRows = left switch { >= 5 => 8, 4 => 0, >= 2 => 4, _ => 0 };
            var padded = tailRows > 0 ? (tailRows * k <= 4096 ? stackalloc float[tailRows * k] : new float[tailRows * k]) : default;
            Span<float> paddedOutput = stackalloc float[8 * Panel];
            if (tailRows > 0)
            {
                padded.Clear();
                for (var row = 0; row < left; row++)
                {
                    input.Slice((blocked + row) * inputStride, k).CopyTo(padded.Slice(row * k, k));
                }
            }
            fixed (float* tail = padded)
            fixed (float* tailOutput = paddedOutput)
            {
                // Panel by panel: a panel (k × 32 weights) stays in the L1 cache while every row block uses it.
                for (; p < panelCount; p++)
                {
                    var panel = w + p * k * Panel;
                    for (var r = 0; r < blocked; r += 8)
                    {
                        Rows8(a + r * inputStride, inputStride, k, panel, c + r * n + p * Panel, n);
                    }
                    if (tailRows > 0)
                    {
                        for (var row = 0; row < left; row++)
                        {
                            output.Slice((blocked + row) * n + p * Panel, Panel).CopyTo(paddedOutput.Slice(row * Panel, Panel));
                        }
                        if (tailRows == 8)
                        {
                            Rows8(tail, k, k, panel, tailOutput, Panel);
                        }
                        else
                        {
                            Rows4(tail, k, k, panel, tailOutput, Panel);
                        }
                        for (var row = 0; row < left; row++)
                        {
                            paddedOutput.Slice(row * Panel, Panel).CopyTo(output.Slice((blocked + row) * n + p * Panel, Panel));
                        }
                    }
                    else if (left == 4)
                    {
                        Rows4(a + blocked * inputStride, inputStride, k, panel, c + blocked * n + p * Panel, n);
                    }
                    else if (left == 1)
                    {
                        Row1(a + blocked * inputStride, k, panel, c + blocked * n + p * Panel);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Rows8(float* a, int stride, int k, float* w, float* c, int n)
    {
        var c00 = Vector512.Load(c); var c01 = Vector512.Load(c + 16);
        var c10 = Vector512.Load(c + n); var c11 = Vector512.Load(c + n + 16);
        var c20 = Vector512.Load(c + 2 * n); var c21 = Vector512.Load(c + 2 * n + 16);
        var c30 = Vector512.Load(c + 3 * n); var c31 = Vector512.Load(c + 3 * n + 16);
        var c40 = Vector512.Load(c + 4 * n); var c41 = Vector512.Load(c + 4 * n + 16);
        var c50 = Vector512.Load(c + 5 * n); var c51 = Vector512.Load(c + 5 * n + 16);
        var c60 = Vector512.Load(c + 6 * n); var c61 = Vector512.Load(c + 6 * n + 16);
        var c70 = Vector512.Load(c + 7 * n); var c71 = Vector512.Load(c + 7 * n + 16);
        for (var i = 0; i < k; i++)
        {
            var w0 = Vector512.Load(w + i * Panel);
            var w1 = Vector512.Load(w + i * Panel + 16);
            var x = Vector512.Create(a[i]);
            c00 = Vector512.FusedMultiplyAdd(x, w0, c00); c01 = Vector512.FusedMultiplyAdd(x, w1, c01);
            x = Vector512.Create(a[stride + i]);
            c10 = Vector512.FusedMultiplyAdd(x, w0, c10); c11 = Vector512.FusedMultiplyAdd(x, w1, c11);
            x = Vector512.Create(a[2 * stride + i]);
            c20 = Vector512.FusedMultiplyAdd(x, w0, c20); c21 = Vector512.FusedMultiplyAdd(x, w1, c21);
            x = Vector512.Create(a[3 * stride + i]);
            c30 = Vector512.FusedMultiplyAdd(x, w0, c30); c31 = Vector512.FusedMultiplyAdd(x, w1, c31);
            x = Vector512.Create(a[4 * stride + i]);
            c40 = Vector512.FusedMultiplyAdd(x, w0, c40); c41 = Vector512.FusedMultiplyAdd(x, w1, c41);
            x = Vector512.Create(a[5 * stride + i]);
            c50 = Vector512.FusedMultiplyAdd(x, w0, c50); c51 = Vector512.FusedMultiplyAdd(x, w1, c51);
            x = Vector512.Create(a[6 * stride + i]);
            c60 = Vector512.FusedMultiplyAdd(x, w0, c60); c61 = Vector512.FusedMultiplyAdd(x, w1, c61);
            x = Vector512.Create(a[7 * stride + i]);
            c70 = Vector512.FusedMultiplyAdd(x, w0, c70); c71 = Vector512.FusedMultiplyAdd(x, w1, c71);
        }
        c00.Store(c); c01.Store(c + 16);
        c10.Store(c + n); c11.Store(c + n + 16);
        c20.Store(c + 2 * n); c21.Store(c + 2 * n + 16);
        c30.Store(c + 3 * n); c31.Store(c + 3 * n + 16);
        c40.Store(c + 4 * n); c41.Store(c + 4 * n + 16);
        c50.Store(c + 5 * n); c51.Store(c + 5 * n + 16);
        c60.Store(c + 6 * n); c61.Store(c + 6 * n + 16);
        c70.Store(c + 7 * n); c71.Store(c + 7 * n + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Rows4(float* a, int stride, int k, float* w, float* c, int n)
    {
        var c00 = Vector512.Load(c); var c01 = Vector512.Load(c + 16);
        var c10 = Vector512.Load(c + n); var c11 = Vector512.Load(c + n + 16);
        var c20 = Vector512.Load(c + 2 * n); var c21 = Vector512.Load(c + 2 * n + 16);
        var c30 = Vector512.Load(c + 3 * n); var c31 = Vector512.Load(c + 3 * n + 16);
        for (var i = 0; i < k; i++)
        {
            var w0 = Vector512.Load(w + i * Panel);
            var w1 = Vector512.Load(w + i * Panel + 16);
            var x = Vector512.Create(a[i]);
            c00 = Vector512.FusedMultiplyAdd(x, w0, c00); c01 = Vector512.FusedMultiplyAdd(x, w1, c01);
            x = Vector512.Create(a[stride + i]);
            c10 = Vector512.FusedMultiplyAdd(x, w0, c10); c11 = Vector512.FusedMultiplyAdd(x, w1, c11);
            x = Vector512.Create(a[2 * stride + i]);
            c20 = Vector512.FusedMultiplyAdd(x, w0, c20); c21 = Vector512.FusedMultiplyAdd(x, w1, c21);
            x = Vector512.Create(a[3 * stride + i]);
            c30 = Vector512.FusedMultiplyAdd(x, w0, c30); c31 = Vector512.FusedMultiplyAdd(x, w1, c31);
        }
        c00.Store(c); c01.Store(c + 16);
        c10.Store(c + n); c11.Store(c + n + 16);
        c20.Store(c + 2 * n); c21.Store(c + 2 * n + 16);
        c30.Store(c + 3 * n); c31.Store(c + 3 * n + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Row1(float* a, int k, float* w, float* c)
    {
        var c0 = Vector512.Load(c);
        var c1 = Vector512.Load(c + 16);
        for (var i = 0; i < k; i++)
        {
            var x = Vector512.Create(a[i]);
            c0 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w + i * Panel), c0);
            c1 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w + i * Panel + 16), c1);
        }
        c0.Store(c);
        c1.Store(c + 16);
    }

    /// <summary>Two rows, four consecutive panels (128 outputs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Rows2x4Panels(float* a, int stride, int k, float* w, float* c, int n)
    {
        var panelSize = k * Panel;
        float* w1 = w + panelSize, w2 = w + 2 * panelSize, w3 = w + 3 * panelSize;
        var d = c + n;
        var c00 = Vector512.Load(c); var c01 = Vector512.Load(c + 16);
        var c10 = Vector512.Load(c + 32); var c11 = Vector512.Load(c + 48);
        var c20 = Vector512.Load(c + 64); var c21 = Vector512.Load(c + 80);
        var c30 = Vector512.Load(c + 96); var c31 = Vector512.Load(c + 112);
        var d00 = Vector512.Load(d); var d01 = Vector512.Load(d + 16);
        var d10 = Vector512.Load(d + 32); var d11 = Vector512.Load(d + 48);
        var d20 = Vector512.Load(d + 64); var d21 = Vector512.Load(d + 80);
        var d30 = Vector512.Load(d + 96); var d31 = Vector512.Load(d + 112);
        for (var i = 0; i < k; i++)
        {
            var x = Vector512.Create(a[i]);
            var y = Vector512.Create(a[stride + i]);
            var at = i * Panel;
            var v0 = Vector512.Load(w + at); var v1 = Vector512.Load(w + at + 16);
            c00 = Vector512.FusedMultiplyAdd(x, v0, c00); c01 = Vector512.FusedMultiplyAdd(x, v1, c01);
            d00 = Vector512.FusedMultiplyAdd(y, v0, d00); d01 = Vector512.FusedMultiplyAdd(y, v1, d01);
            v0 = Vector512.Load(w1 + at); v1 = Vector512.Load(w1 + at + 16);
            c10 = Vector512.FusedMultiplyAdd(x, v0, c10); c11 = Vector512.FusedMultiplyAdd(x, v1, c11);
            d10 = Vector512.FusedMultiplyAdd(y, v0, d10); d11 = Vector512.FusedMultiplyAdd(y, v1, d11);
            v0 = Vector512.Load(w2 + at); v1 = Vector512.Load(w2 + at + 16);
            c20 = Vector512.FusedMultiplyAdd(x, v0, c20); c21 = Vector512.FusedMultiplyAdd(x, v1, c21);
            d20 = Vector512.FusedMultiplyAdd(y, v0, d20); d21 = Vector512.FusedMultiplyAdd(y, v1, d21);
            v0 = Vector512.Load(w3 + at); v1 = Vector512.Load(w3 + at + 16);
            c30 = Vector512.FusedMultiplyAdd(x, v0, c30); c31 = Vector512.FusedMultiplyAdd(x, v1, c31);
            d30 = Vector512.FusedMultiplyAdd(y, v0, d30); d31 = Vector512.FusedMultiplyAdd(y, v1, d31);
        }
        c00.Store(c); c01.Store(c + 16); c10.Store(c + 32); c11.Store(c + 48);
        c20.Store(c + 64); c21.Store(c + 80); c30.Store(c + 96); c31.Store(c + 112);
        d00.Store(d); d01.Store(d + 16); d10.Store(d + 32); d11.Store(d + 48);
        d20.Store(d + 64); d21.Store(d + 80); d30.Store(d + 96); d31.Store(d + 112);
    }

    /// <summary>One row, four consecutive panels (128 outputs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Row4Panels(float* a, int k, float* w, float* c)
    {
        var panelSize = k * Panel;
        float* w1 = w + panelSize, w2 = w + 2 * panelSize, w3 = w + 3 * panelSize;
        var c00 = Vector512.Load(c); var c01 = Vector512.Load(c + 16);
        var c10 = Vector512.Load(c + 32); var c11 = Vector512.Load(c + 48);
        var c20 = Vector512.Load(c + 64); var c21 = Vector512.Load(c + 80);
        var c30 = Vector512.Load(c + 96); var c31 = Vector512.Load(c + 112);
        for (var i = 0; i < k; i++)
        {
            var x = Vector512.Create(a[i]);
            var at = i * Panel;
            c00 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w + at), c00); c01 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w + at + 16), c01);
            c10 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w1 + at), c10); c11 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w1 + at + 16), c11);
            c20 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w2 + at), c20); c21 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w2 + at + 16), c21);
            c30 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w3 + at), c30); c31 = Vector512.FusedMultiplyAdd(x, Vector512.Load(w3 + at + 16), c31);
        }
        c00.Store(c); c01.Store(c + 16);
        c10.Store(c + 32); c11.Store(c + 48);
        c20.Store(c + 64); c21.Store(c + 80);
        c30.Store(c + 96); c31.Store(c + 112);
    }
}
