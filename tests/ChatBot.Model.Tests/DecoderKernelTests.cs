using ChatBot.Model.Decoding;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

/// <summary>The managed decoder step computes what libtorch's LSTMCell stack computes, and each row independently of the others.</summary>
public sealed class DecoderKernelTests
{
    [Theory]
    [InlineData(8, 16, 2, 1)]
    [InlineData(64, 256, 2, 5)]
    [InlineData(12, 40, 3, 9)]
    public void A_step_matches_libtorchs_LSTMCells_and_projection_up_to_float_rounding(int embedding, int hidden, int layers, int rows)
    {
        using var model = NetworkModels.CreateUntrained(TestModels.Vocabulary, new ModelHyperParameters(embedding, hidden, layers, 0.0), seed: 3);
        using var network = NetworkModels.LoadNetwork(model);
        var random = new Random(4);
        var tokens = Enumerable.Range(0, rows).Select(_ => random.Next(Vocabulary.SpecialCount, TestModels.Vocabulary.Size)).ToArray();
        var h = Enumerable.Range(0, layers).Select(_ => RandomValues(random, rows * hidden)).ToArray();
        var c = Enumerable.Range(0, layers).Select(_ => RandomValues(random, rows * hidden)).ToArray();

        float[] expectedLogits;
        var expectedH = new float[layers][];
        var expectedC = new float[layers][];
        using (NewDisposeScope())
        using (inference_mode())
        {
            var cells = network.CreateDecoderCells();
            var x = network.Embed(tensor(tokens.Select(t => (long)t).ToArray(), int64));
            for (var layer = 0; layer < layers; layer++)
            {
                var (hNew, cNew) = cells[layer].forward(x, (tensor(h[layer], [rows, hidden]), tensor(c[layer], [rows, hidden])));
                expectedH[layer] = hNew.data<float>().ToArray();
                expectedC[layer] = cNew.data<float>().ToArray();
                x = hNew;
            }
            expectedLogits = network.Project(x).data<float>().ToArray();
            foreach (var cell in cells)
            {
                cell.Dispose();
            }
        }
        var kernel = model.Kernel;
        var logits = new float[rows * kernel.LogitStride];

        kernel.Step(tokens, rows, h, c, logits, kernel.CreateWorkspace(rows));

        for (var layer = 0; layer < layers; layer++)
        {
            AssertClose(expectedH[layer], h[layer]);
            AssertClose(expectedC[layer], c[layer]);
        }
        var vocabulary = kernel.VocabularySize;
        AssertClose(expectedLogits, Enumerable.Range(0, rows).SelectMany(row => logits.Skip(row * kernel.LogitStride).Take(vocabulary)).ToArray());
    }

    [Theory]
    [InlineData(8, 16, 2)]
    [InlineData(64, 256, 2)]
    [InlineData(12, 40, 1)]
    public void Encoding_messages_of_different_lengths_matches_libtorchs_LSTM_up_to_float_rounding(int embedding, int hidden, int layers)
    {
        using var model = NetworkModels.CreateUntrained(TestModels.Vocabulary, new ModelHyperParameters(embedding, hidden, layers, 0.0), seed: 8);
        using var network = NetworkModels.LoadNetwork(model);
        string[] texts = ["hello, how are you today?", "fine thanks", "ok"];
        var messages = texts.Select(text => model.Vocabulary.Encode(text)).ToList();
        var random = new Random(9);
        var h = Enumerable.Range(0, layers).Select(_ => RandomValues(random, texts.Length * hidden)).ToArray();
        var c = Enumerable.Range(0, layers).Select(_ => RandomValues(random, texts.Length * hidden)).ToArray();

        float[] expectedH;
        float[] expectedC;
        using (NewDisposeScope())
        using (inference_mode())
        {
            var width = messages.Max(m => m.Length);
            var ids = messages.SelectMany(m => m.Select(id => (long)id).Concat(Enumerable.Repeat(0L, width - m.Length))).ToArray();
            var state = (Stacked(h, texts.Length, hidden), Stacked(c, texts.Length, hidden));
            var (hOut, cOut) = network.Encode(tensor(ids, [texts.Length, width]), messages.Select(m => (long)m.Length).ToArray(), state);
            expectedH = hOut.contiguous().data<float>().ToArray();
            expectedC = cOut.contiguous().data<float>().ToArray();
        }

        model.Kernel.Encode(messages, 0, h, c, model.Kernel.CreateWorkspace(texts.Length));

        AssertClose(expectedH, h.SelectMany(layer => layer).ToArray());
        AssertClose(expectedC, c.SelectMany(layer => layer).ToArray());
    }

    [Fact]
    public void Each_rows_result_is_bit_for_bit_the_same_in_any_batch_size_and_position()
    {
        using var model = NetworkModels.CreateUntrained(TestModels.Vocabulary, new ModelHyperParameters(64, 256, 2, 0.0), seed: 5);
        var kernel = model.Kernel;
        var random = new Random(6);
        const int rows = 37;
        var tokens = Enumerable.Range(0, rows).Select(_ => random.Next(Vocabulary.SpecialCount, TestModels.Vocabulary.Size)).ToArray();
        var h = Enumerable.Range(0, 2).Select(_ => RandomValues(random, rows * 256)).ToArray();
        var c = Enumerable.Range(0, 2).Select(_ => RandomValues(random, rows * 256)).ToArray();
        var (allH, allC, allLogits) = Run(kernel, tokens, h, c, 0, rows);

        foreach (var (from, count) in new[] { (0, 1), (36, 1), (3, 2), (10, 3), (5, 4), (2, 6), (7, 7), (20, 9), (14, 11), (1, 17), (4, 33) })
        {
            var (partH, partC, partLogits) = Run(kernel, tokens, h, c, from, count);
            for (var layer = 0; layer < 2; layer++)
            {
                Assert.Equal(allH[layer].AsSpan(from * 256, count * 256).ToArray(), partH[layer]);
                Assert.Equal(allC[layer].AsSpan(from * 256, count * 256).ToArray(), partC[layer]);
            }
            Assert.Equal(allLogits.AsSpan(from * kernel.LogitStride, count * kernel.LogitStride).ToArray(), partLogits);
        }
    }

    [Fact]
    public void Encoding_refuses_messages_that_are_not_ordered_longest_first()
    {
        using var model = TestModels.Untrained();
        var kernel = model.Kernel;
        var h = new[] { new float[2 * 16], new float[2 * 16] };
        var c = new[] { new float[2 * 16], new float[2 * 16] };

        Assert.Throws<ArgumentException>(() => kernel.Encode([model.Vocabulary.Encode("hi"), model.Vocabulary.Encode("hello")], 0, h, c, kernel.CreateWorkspace(2)));
    }

    [Fact]
    public void A_step_refuses_a_token_outside_the_vocabulary()
    {
        using var model = TestModels.Untrained();
        var kernel = model.Kernel;
        var h = new[] { new float[16], new float[16] };
        var c = new[] { new float[16], new float[16] };

        Assert.Throws<ArgumentOutOfRangeException>(() => kernel.Step([kernel.VocabularySize], 1, h, c, new float[kernel.LogitStride], kernel.CreateWorkspace(1)));
    }

    private static (float[][] H, float[][] C, float[] Logits) Run(DecoderKernel kernel, int[] tokens, float[][] h, float[][] c, int from, int count)
    {
        var hidden = kernel.HiddenSize;
        var hs = h.Select(layer => layer.AsSpan(from * hidden, count * hidden).ToArray()).ToArray();
        var cs = c.Select(layer => layer.AsSpan(from * hidden, count * hidden).ToArray()).ToArray();
        var logits = new float[count * kernel.LogitStride];
        kernel.Step(tokens.AsSpan(from, count), count, hs, cs, logits, kernel.CreateWorkspace(count));
        return (hs, cs, logits);
    }

    private static Tensor Stacked(float[][] layers, int rows, int hidden) =>
        tensor(layers.SelectMany(layer => layer).ToArray(), [layers.Length, rows, hidden]);

    private static float[] RandomValues(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 2e-5f + 2e-5f * Math.Abs(expected[i]), $"element {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
