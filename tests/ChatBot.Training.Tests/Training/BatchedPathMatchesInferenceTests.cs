using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using ChatBot.Training.Corpora;
using ChatBot.Training.Loop;
using static TorchSharp.torch;

namespace ChatBot.Training.Tests.Training;

/// <summary>The trainer's batched path and the bot's turn-by-turn path must compute the same thing.</summary>
/// <remarks>
/// Hidden size 32 runs libtorch's fused LSTM; 16 is a size whose fused kernel is wrong on AVX-512 machines, so there
/// the network uses its written-out fallback (on machines where 16 is fine, both sizes take the fused path).
/// </remarks>
public sealed class BatchedPathMatchesInferenceTests : IDisposable
{
    // Different lengths in every exchange, so the batched path has to handle ragged rows; capitals and repeated
    // words give the copy refinements (case copying, copy continuation) something to do.
    private static readonly Dialogue[] Batch =
    [
        new(["my name is Ana", "Nice to meet you, ana ana", "what is an rnn?", "a network with memory."]),
        new(["hi", "hello!", "olá", "olá! tudo bem?"]),
        new(["and lstm?", "an rnn with gates.", "tudo", "que bom!"]),
    ];

    private static readonly Vocabulary Alphabet = Vocabulary.Build(TinyCorpus.Dialogues.SelectMany(d => d.Turns).Concat(Batch.SelectMany(d => d.Turns)), 1);
    private ChatModel _model = null!;
    private EncoderDecoderNetwork _network = null!;

    // A memory of 10 characters is shorter than the dialogues' user turns, so characters fall out of it between exchanges.
    // With `refined`, the attention also has copy continuation (3 characters) and case copying.
    private void CreateModel(int hidden, int memory, bool refined = false)
    {
        _model = NetworkModels.CreateUntrained(Alphabet, new ModelHyperParameters(8, hidden, 2, 0.0, memory, memory > 0 ? 6 : 0,
            MatchLength: refined ? 3 : 0, CaseCopy: refined), seed: 3);
        _network = NetworkModels.LoadNetwork(_model);
    }

    [Theory]
    [InlineData(16, 0)]
    [InlineData(32, 0)]
    [InlineData(16, 10)]
    [InlineData(32, 10)]
    [InlineData(16, 10, true)]
    [InlineData(32, 10, true)]
    public void Batched_teacher_forced_logits_equal_turn_by_turn_inference_within_1e_5(int hidden, int memory, bool refined = false)
    {
        CreateModel(hidden, memory, refined);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var encoded = Batch.Select(d => EncodedDialogue.From(d, Alphabet, 200)).ToArray();
        var state = _network.ZeroState(Batch.Length);
        for (var exchange = 0; exchange < 2; exchange++)
        {
            var users = encoded.Select(d => d.User[exchange]).ToArray();
            var bots = encoded.Select(d => d.Bot[exchange]).ToArray();
            state = _network.Encode(Padded(users, null), users.Select(u => (long)u.Length).ToArray(), state);
            var inputs = bots.Select(b => b.Prepend(Vocabulary.BeginOfReply).ToArray()).ToArray();
            Tensor logits;
            (logits, state) = _network.DecodeLogits(Padded(inputs, null), inputs.Select(i => (long)i.Length).ToArray(), state);

            for (var row = 0; row < Batch.Length; row++)
            {
                var expected = TurnByTurn(Batch[row], exchange + 1).Logits;
                for (var step = 0; step < expected.Length; step++)
                {
                    var batched = logits[row, step].data<float>().ToArray();
                    AssertClose(expected[step], batched);
                }
            }
        }
    }

    [Theory]
    [InlineData(16, 0)]
    [InlineData(32, 0)]
    [InlineData(32, 10)]
    public void The_batched_state_after_each_exchange_equals_the_turn_by_turn_state(int hidden, int memory)
    {
        CreateModel(hidden, memory);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var stream = BatchStream();
        var state = _network.ZeroState(Batch.Length);
        for (var exchange = 0; exchange < 2; exchange++)
        {
            (_, _, _, state) = ExchangeRunner.Run(_network, stream.Next()!, state);
            for (var row = 0; row < Batch.Length; row++)
            {
                var expected = TurnByTurn(Batch[row], exchange + 1).State;
                AssertClose(expected.Hidden, state.H.select(1, row).contiguous().data<float>().ToArray());
                AssertClose(expected.Cell, state.C.select(1, row).contiguous().data<float>().ToArray());
                if (memory > 0)
                {
                    // The memory is right-aligned with empty slots first; the turn-by-turn state holds only the filled ones.
                    var tokens = state.MemoryTokens!.select(0, row).data<long>().ToArray();
                    var filled = tokens.Count(id => id != Vocabulary.Padding);
                    Assert.Equal(expected.MemoryTokens, tokens.Skip(memory - filled).Select(id => (int)id).ToArray());
                    var keys = state.MemoryKeys!.select(0, row).contiguous().data<float>().ToArray();
                    AssertClose(expected.MemoryKeys, keys.Skip((memory - filled) * 6).ToArray());
                }
            }
        }
    }

    [Theory]
    [InlineData(16, 0)]
    [InlineData(32, 0)]
    [InlineData(32, 10)]
    [InlineData(32, 10, true)]
    public void The_trainers_loss_equals_the_cross_entropy_of_the_inference_logits(int hidden, int memory, bool refined = false)
    {
        CreateModel(hidden, memory, refined);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var stream = BatchStream();
        var (lossSum, _, predicted, _) = ExchangeRunner.Run(_network, stream.Next()!, _network.ZeroState(Batch.Length));

        var (expected, _, expectedCount) = InferenceCrossEntropies();
        Assert.Equal(expectedCount, predicted);
        Assert.Equal(expected, lossSum.item<float>(), 1e-3);
    }

    // Without attention the generator's softmax is the whole output distribution, so inference can check the formula.
    [Fact]
    public void Label_smoothing_mixes_the_cross_entropy_with_that_of_a_uniform_target()
    {
        const double smoothing = 0.1;
        CreateModel(32, 0);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var (lossSum, objectiveSum, _, _) = ExchangeRunner.Run(_network, BatchStream().Next()!, _network.ZeroState(Batch.Length), labelSmoothing: smoothing);

        var (crossEntropy, uniform, _) = InferenceCrossEntropies();
        Assert.Equal(crossEntropy, lossSum.item<float>(), 1e-3);
        Assert.Equal((1 - smoothing) * crossEntropy + smoothing * uniform, objectiveSum.item<float>(), 1e-2);
    }

    /// <summary>
    /// Summed over the batch's first exchange, from the inference path's teacher-forced outputs: the cross-entropy of
    /// the replies, the cross-entropy against a uniform target, and the characters predicted.
    /// </summary>
    private (double CrossEntropy, double Uniform, int Predicted) InferenceCrossEntropies()
    {
        var (crossEntropy, uniform, predicted) = (0.0, 0.0, 0);
        foreach (var dialogue in Batch)
        {
            var (logits, _) = _model.TeacherForce(null, dialogue.UserTurn(0), dialogue.BotTurn(0));
            var targets = Alphabet.Encode(dialogue.BotTurn(0)).Append(Vocabulary.EndOfReply).ToArray();
            for (var i = 0; i < targets.Length; i++)
            {
                var max = logits[i].Max();
                var logSum = max + Math.Log(logits[i].Sum(l => Math.Exp(l - max)));
                crossEntropy += logSum - logits[i][targets[i]];
                uniform += logits[i].Average(l => logSum - l);
                predicted++;
            }
        }
        return (crossEntropy, uniform, predicted);
    }

    /// <summary>The batch's dialogues as one row each, in order.</summary>
    private static ExchangeStream BatchStream() =>
        new(Batch.Select(d => EncodedDialogue.From(d, Alphabet, 200)).ToList(), Batch.Length, seed: 0, shuffleForever: false);

    /// <summary>Equal up to float rounding of differently fused operations.</summary>
    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second, 1e-5f));
    }

    private (float[][] Logits, ConversationState State) TurnByTurn(Dialogue dialogue, int exchanges)
    {
        ConversationState? state = null;
        float[][] logits = [];
        for (var i = 0; i < exchanges; i++)
        {
            (logits, state) = _model.TeacherForce(state, dialogue.UserTurn(i), dialogue.BotTurn(i));
        }
        return (logits, state!);
    }

    private static Tensor Padded(int[][] rows, int? _)
    {
        var width = rows.Max(r => r.Length);
        var data = new long[rows.Length * width];
        for (var row = 0; row < rows.Length; row++)
        {
            for (var i = 0; i < rows[row].Length; i++)
            {
                data[row * width + i] = rows[row][i];
            }
        }
        return tensor(data, [rows.Length, width]);
    }

    public void Dispose()
    {
        _model?.Dispose();
        _network?.Dispose();
    }
}
