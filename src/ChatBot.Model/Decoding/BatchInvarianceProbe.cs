using ChatBot.Model.Network;
using ChatBot.Model.Text;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Finds, on this machine and thread count, the batch sizes at which the encoder call (libtorch's LSTM) gives each
/// row the same bits as in a batch of <see cref="Rows"/> rows, at the start and at the end of the batch. It runs the
/// real computation on made-up inputs (a managed random generator, so libtorch's global one is left alone): about
/// 70 small batched calls, tens of milliseconds at the shipped shape. (The decoder step needs no probe: its kernel
/// computes every row the same way by construction, see <see cref="PanelMatrix"/>.)
/// </summary>
public static class BatchInvarianceProbe
{
    /// <summary>The largest size probed; larger batches are taken as stable.</summary>
    public const int Rows = 64;

    private const int EncoderSteps = 3;

    // Every size up to 32, then steps of 8: a batch of 33–64 is padded at most to the next multiple of 8.
    private static readonly int[] Sizes = [.. Enumerable.Range(1, 32), 40, 48, 56, 64];

    public static RowPadding ForEncoder(EncoderDecoderNetwork network)
    {
        var random = new Random(20261129);
        var hyper = network.Hyper;
        var tokens = Enumerable.Range(0, Rows * EncoderSteps).Select(_ => (long)random.Next(Vocabulary.SpecialCount, network.VocabularySize)).ToArray();
        var h = RandomValues(random, 1, hyper.Layers * Rows * hyper.HiddenSize)[0];
        var c = RandomValues(random, 1, hyper.Layers * Rows * hyper.HiddenSize)[0];
        return Find((offset, count) =>
        {
            var input = tensor(tokens, [Rows, EncoderSteps]).narrow(0, offset, count);
            var h0 = tensor(h, [hyper.Layers, Rows, hyper.HiddenSize]).narrow(1, offset, count).contiguous();
            var c0 = tensor(c, [hyper.Layers, Rows, hyper.HiddenSize]).narrow(1, offset, count).contiguous();
            var (hOut, cOut) = network.Encode(input, Enumerable.Repeat((long)EncoderSteps, (int)count).ToArray(), (h0, c0));
            return [hOut.transpose(0, 1), cOut.transpose(0, 1)];
        });
    }

    /// <param name="run">Computes the outputs for input rows [offset, offset + count), rows along dimension 0.</param>
    public static RowPadding Find(Func<long, long, Tensor[]> run)
    {
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        var reference = run(0, Rows);
        var stable = new List<int>();
        foreach (var size in Sizes)
        {
            using var window = NewDisposeScope();
            if (Same(run(0, size), reference, 0) && Same(run(Rows - size, size), reference, Rows - size))
            {
                stable.Add(size);
            }
        }
        return new RowPadding(stable, Rows);
    }

    private static bool Same(Tensor[] part, Tensor[] reference, long offset) =>
        part.Zip(reference).All(pair => pair.First.eq(pair.Second.narrow(0, offset, pair.First.shape[0])).all().item<bool>());

    private static float[][] RandomValues(Random random, int arrays, int length) =>
        Enumerable.Range(0, arrays).Select(_ => Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray()).ToArray();
}
