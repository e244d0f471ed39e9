using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

/// <summary>The decoder's pointer attention over the conversation's recent user characters, as the bot runs it.</summary>
public sealed class AttentionTests : IDisposable
{
    private static readonly ModelHyperParameters Shape = TestModels.Tiny with { MemoryLength = 12, AttentionSize = 8 };
    private static readonly DecodingOptions Greedy = DecodingOptions.Greedy with { MaxReplyLength = 30 };
    private readonly ChatModel _model = NetworkModels.CreateUntrained(TestModels.Vocabulary, Shape, seed: 5);

    [Fact]
    public void The_users_characters_enter_the_memory_and_only_the_newest_are_kept()
    {
        var first = _model.Respond(null, "my name is ana", Greedy);
        var second = _model.Respond(first.State, "and you?", Greedy);

        Assert.Equal(_model.Vocabulary.Encode("my name is ana")[^12..], first.State.MemoryTokens);
        Assert.Equal(_model.Vocabulary.Encode("my name is anaand you?")[^12..], second.State.MemoryTokens);
        Assert.Equal(12 * 8, second.State.MemoryKeys.Length);
    }

    [Fact]
    public void The_memory_survives_the_state_bytes()
    {
        var state = _model.Respond(null, "olá, tudo bem?", Greedy).State;
        var copy = ConversationState.FromBytes(state.ToBytes(), _model.Fingerprint);

        Assert.Equal(state.MemoryTokens, copy.MemoryTokens);
        Assert.Equal(state.MemoryKeys, copy.MemoryKeys);
        Assert.Equal(_model.Respond(state, "ok", Greedy).Text, _model.Respond(copy, "ok", Greedy).Text);
    }

    [Fact]
    public void Beam_search_of_width_one_equals_greedy_decoding_memory_included()
    {
        var state = _model.Respond(null, "hello", Greedy).State;
        var beam = Greedy with { Strategy = DecodingStrategy.Beam, BeamWidth = 1 };

        var greedy = _model.Respond(state, "what is my name?", Greedy);
        var beamed = _model.Respond(state, "what is my name?", beam);

        Assert.Equal(greedy.Text, beamed.Text);
        Assert.Equal(greedy.State.Hidden, beamed.State.Hidden);
        Assert.Equal(greedy.State.MemoryTokens, beamed.State.MemoryTokens);
        Assert.Equal(greedy.State.MemoryKeys, beamed.State.MemoryKeys);
    }

    [Fact]
    public void Forgetting_the_state_forgets_the_memory()
    {
        var remembered = _model.TeacherForce(_model.Respond(null, "zzzz", Greedy).State, "hi", "zz").Logits;
        var fresh = _model.TeacherForce(null, "hi", "zz").Logits;
        var z = _model.Vocabulary.Encode("z")[0];
        // "z" was typed only before the reset: only the remembering conversation can copy it.
        Assert.True(remembered[0][z] > fresh[0][z] + 0.1f, $"{remembered[0][z]} vs {fresh[0][z]}");
    }

    [Fact]
    public void When_attention_ignores_content_the_reply_copies_the_users_most_frequent_character()
    {
        // Zero queries give every memory slot and the sentinel the same weight, so p("z") ≥ 10/11 after "zzzzzzzzzz".
        using var copying = WithZeroQueries();
        var reply = copying.Respond(null, "zzzzzzzzzz", Greedy);
        Assert.Equal(new string('z', 30), reply.Text);
        // Without the message in memory, nothing pushes "z".
        Assert.NotEqual(new string('z', 30), copying.Respond(null, "hello", Greedy).Text);
    }

    [Fact]
    public void The_shipped_shapes_full_state_fits_in_64_KB()
    {
        var hyper = new ModelHyperParameters(64, 256, 2, 0.1, MemoryLength: 256, AttentionSize: 48);
        var state = new ConversationState(new string('f', 16), hyper.Layers, hyper.HiddenSize, new float[512], new float[512],
            new int[hyper.MemoryLength], new float[hyper.MemoryLength * hyper.AttentionSize], hyper.AttentionSize);
        Assert.InRange(state.ToBytes().Length, 1, 64 * 1024);
    }

    private ChatModel WithZeroQueries()
    {
        manual_seed(5);
        using var network = new EncoderDecoderNetwork(_model.Vocabulary, Shape);
        using (no_grad())
        {
            network.named_parameters().Single(p => p.name == "attentionQuery.weight").parameter.zero_();
        }
        return NetworkModels.ToChatModel(network, new ModelMetadata { Name = "copying", Hyper = Shape, Characters = _model.Vocabulary.Characters });
    }

    public void Dispose() => _model.Dispose();
}
