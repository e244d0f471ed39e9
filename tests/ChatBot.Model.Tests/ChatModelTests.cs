using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Model.Tests;

public sealed class ChatModelTests : IDisposable
{
    private readonly ChatModel _model = TestModels.Untrained();
    private static readonly DecodingOptions Greedy = DecodingOptions.Greedy with { MaxReplyLength = 40 };

    [Fact]
    public void Greedy_decoding_is_deterministic()
    {
        Assert.Equal(_model.Respond(null, "hello there", Greedy), _model.Respond(null, "hello there", Greedy), ReplyComparer.Instance);
    }

    [Fact]
    public void The_reply_state_belongs_to_the_model_and_has_its_shape()
    {
        var state = _model.Respond(null, "hi", Greedy).State;
        Assert.Equal((_model.Fingerprint, 2, 16), (state.ModelFingerprint, state.Layers, state.HiddenSize));
    }

    [Fact]
    public void The_carried_state_changes_what_the_model_computes_next()
    {
        var fresh = _model.TeacherForce(null, "and you?", "fine");
        var afterContext = _model.TeacherForce(_model.Respond(null, "my name is ana", Greedy).State, "and you?", "fine");
        Assert.NotEqual(fresh.Logits[0], afterContext.Logits[0]);
    }

    [Fact]
    public void A_state_from_another_model_is_rejected_with_the_mismatch_exception()
    {
        using var other = TestModels.Untrained(seed: 2);
        var foreign = other.Respond(null, "hi", Greedy).State;
        Assert.Throws<ConversationStateMismatchException>(() => _model.Respond(foreign, "hi", Greedy));
    }

    [Fact]
    public void Replies_never_exceed_the_maximum_length()
    {
        var reply = _model.Respond(null, "talk a lot", DecodingOptions.Greedy with { MaxReplyLength = 5 });
        Assert.True(reply.Text.Length <= 5, reply.Text);
    }

    [Fact]
    public void Sampling_with_the_same_seed_gives_the_same_reply()
    {
        var options = new DecodingOptions { Strategy = DecodingStrategy.Sample, Temperature = 1.5, Seed = 99, MaxReplyLength = 40 };
        Assert.Equal(_model.Respond(null, "hello", options).Text, _model.Respond(null, "hello", options).Text);
    }

    [Fact]
    public void Sampling_with_top_k_of_one_equals_greedy_decoding()
    {
        var options = new DecodingOptions { Strategy = DecodingStrategy.Sample, TopK = 1, Seed = 5, MaxReplyLength = 40 };
        Assert.Equal(_model.Respond(null, "hello", Greedy), _model.Respond(null, "hello", options), ReplyComparer.Instance);
    }

    [Fact]
    public void Beam_search_of_width_one_equals_greedy_decoding()
    {
        var beam = DecodingOptions.Greedy with { Strategy = DecodingStrategy.Beam, BeamWidth = 1, MaxReplyLength = 40 };
        Assert.Equal(_model.Respond(null, "hello", Greedy), _model.Respond(null, "hello", beam), ReplyComparer.Instance);
    }

    [Fact]
    public void Beam_search_returns_the_state_of_the_reply_it_chose()
    {
        var beamOptions = DecodingOptions.Greedy with { Strategy = DecodingStrategy.Beam, BeamWidth = 4, MaxReplyLength = 40 };
        var reply = _model.Respond(null, "olá", beamOptions);
        var (_, state) = _model.TeacherForce(null, "olá", reply.Text);
        // Beams are stepped as a batch, so the last bits of float rounding may differ from a batch-1 run.
        Assert.All(state.Hidden.Zip(reply.State.Hidden), pair => Assert.Equal(pair.First, pair.Second, 1e-5f));
        Assert.All(state.Cell.Zip(reply.State.Cell), pair => Assert.Equal(pair.First, pair.Second, 1e-5f));
    }

    [Fact]
    public void Text_with_unknown_characters_and_lone_surrogates_gets_a_reply()
    {
        var reply = _model.Respond(null, "Ω😀\uD800\0\u0007", Greedy);
        Assert.NotNull(reply.Text);
    }

    [Fact]
    public void Cancellation_stops_generation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => _model.Respond(null, "hi", Greedy, cancelled.Token));
    }

    [Fact]
    public void Teacher_forcing_the_greedy_reply_ends_in_the_same_state()
    {
        var reply = _model.Respond(null, "hello", Greedy);
        var (_, state) = _model.TeacherForce(null, "hello", reply.Text);
        Assert.Equal(reply.State.Hidden, state.Hidden);
        Assert.Equal(reply.State.Cell, state.Cell);
    }

    public void Dispose() => _model.Dispose();

    private sealed class ReplyComparer : IEqualityComparer<Reply>
    {
        public static ReplyComparer Instance { get; } = new();

        public bool Equals(Reply? x, Reply? y) =>
            x is not null && y is not null && x.Text == y.Text
            && x.State.Hidden.SequenceEqual(y.State.Hidden) && x.State.Cell.SequenceEqual(y.State.Cell);

        public int GetHashCode(Reply obj) => obj.Text.GetHashCode();
    }
}
