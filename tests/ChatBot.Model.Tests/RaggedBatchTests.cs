using ChatBot.Model.Network;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

/// <summary>
/// A batch of rows of many lengths (run in staggered calls, rows joining late from their own state) must give each
/// row what running it alone gives. Hidden 32 takes libtorch's fused LSTM on every machine we know.
/// </summary>
public sealed class RaggedBatchTests : IDisposable
{
    private static readonly long[] Lengths = [7, 12, 13, 3, 1, 2, 9, 20, 17, 5, 12, 26];
    private readonly ChatModel _model = NetworkModels.CreateUntrained(TestModels.Vocabulary, new ModelHyperParameters(8, 32, 2, 0.0), seed: 4);
    private readonly EncoderDecoderNetwork _network;

    public RaggedBatchTests() => _network = NetworkModels.LoadNetwork(_model);

    [Fact]
    public void Each_row_of_a_ragged_batch_ends_in_the_state_it_reaches_alone()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var (tokens, state) = RaggedInput(seed: 1);

        var (h, c) = _network.Encode(tokens, Lengths, state);

        for (var row = 0; row < Lengths.Length; row++)
        {
            var (hAlone, cAlone) = _network.Encode(Alone(tokens, row), [Lengths[row]], StateOf(state, row));
            Assert.True(h.narrow(1, row, 1).allclose(hAlone, rtol: 1e-5, atol: 1e-6), $"h of row {row}");
            Assert.True(c.narrow(1, row, 1).allclose(cAlone, rtol: 1e-5, atol: 1e-6), $"c of row {row}");
        }
    }

    [Fact]
    public void Each_row_of_a_ragged_batch_gets_the_logits_it_gets_alone_and_zeros_beyond_its_length()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var (tokens, state) = RaggedInput(seed: 2);

        var (logits, _) = _network.DecodeLogits(tokens, Lengths, state);

        for (var row = 0; row < Lengths.Length; row++)
        {
            var (alone, _) = _network.DecodeLogits(Alone(tokens, row), [Lengths[row]], StateOf(state, row));
            Assert.True(logits[row].narrow(0, 0, Lengths[row]).allclose(alone[0], rtol: 1e-5, atol: 1e-6), $"logits of row {row}");
            Assert.Equal(0f, logits[row].narrow(0, Lengths[row], logits.shape[1] - Lengths[row]).abs().sum().item<float>());
        }
    }

    private (Tensor Tokens, (Tensor H, Tensor C) State) RaggedInput(int seed)
    {
        var generator = new Generator((ulong)seed);
        var width = Lengths.Max();
        var tokens = randint(3, _model.Vocabulary.Size, [Lengths.Length, width], generator: generator);
        var state = (randn([2, Lengths.Length, 32], generator: generator), randn([2, Lengths.Length, 32], generator: generator));
        return (tokens, state);
    }

    private static Tensor Alone(Tensor tokens, int row) => tokens.narrow(0, row, 1).narrow(1, 0, Lengths[row]);

    private static (Tensor H, Tensor C) StateOf((Tensor H, Tensor C) state, int row) => (state.H.narrow(1, row, 1), state.C.narrow(1, row, 1));

    public void Dispose()
    {
        _model.Dispose();
        _network.Dispose();
    }
}
