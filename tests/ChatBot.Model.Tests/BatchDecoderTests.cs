using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

/// <summary>
/// Continuous batching must not change a single bit of any reply or state: conversations of different lengths,
/// joining at different steps, get exactly what each gets when decoded alone.
/// </summary>
public sealed class BatchDecoderTests
{
    /// <summary>The shipped model's shape (embedding 64, hidden 256, 2 layers), untrained.</summary>
    private static readonly ModelHyperParameters ShippedShape = new(EmbeddingSize: 64, HiddenSize: 256, Layers: 2, Dropout: 0.1);

    /// <summary>The same with the pointer attention over a memory of 24 characters (shorter than some messages, so they overflow it).</summary>
    private static readonly ModelHyperParameters ShippedShapeWithAttention = ShippedShape with { MemoryLength = 24, AttentionSize = 48 };

    private static readonly string[] Messages =
    [
        "Hello there!", "", "What is your name?", "olá, tudo bem?", "a", "Where do you live, and what do you do all day long?",
        "nice", "Can you help me?", "ok ok ok", "é você?", "Tell me something interesting about the sea and ships.", "hi",
    ];

    // Before which step each conversation joins: several at once at first, then one by one while others run.
    private static readonly int[] JoinAtStep = [0, 0, 0, 1, 2, 3, 5, 8, 13, 21, 34, 55];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Batched_greedy_replies_and_states_are_exactly_those_of_decoding_each_conversation_alone(bool attention)
    {
        DecodingOptions Options(int index) => DecodingOptions.Greedy with { MaxReplyLength = 20 + 7 * index };
        using var model = attention ? AttentionModel() : ModelThatSometimesEnds(ShippedShape, Options);
        var conversations = Conversations(model, Options);

        var alone = conversations.Select(c => model.Respond(c.State, c.Message, c.Options)).ToList();
        var batched = DecodeJoiningOverTime(model, conversations);

        if (!attention)
        {
            // The scenario must cover replies cut at the limit and replies ended by the model.
            Assert.Contains(alone, reply => !reply.ReachedLimit);
            Assert.Contains(alone, reply => reply.ReachedLimit);
        }
        AssertIdentical(alone, batched);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Batched_sampled_replies_with_seeds_are_exactly_those_of_sampling_alone_even_mixed_with_greedy_ones(bool attention)
    {
        DecodingOptions Options(int index) => index % 3 == 0
            ? DecodingOptions.Greedy with { MaxReplyLength = 40 }
            : new DecodingOptions { Strategy = DecodingStrategy.Sample, Temperature = 0.9, TopK = 10, TopP = 0.95, Seed = index, MaxReplyLength = 30 + index };
        using var model = attention ? AttentionModel() : ModelThatSometimesEnds(ShippedShape, Options);
        var conversations = Conversations(model, Options);

        var alone = conversations.Select(c => model.Respond(c.State, c.Message, c.Options)).ToList();
        var batched = DecodeJoiningOverTime(model, conversations);

        AssertIdentical(alone, batched);
    }

    [Fact]
    public void The_batch_grows_and_shrinks_as_conversations_join_and_finish()
    {
        using var model = ShippedShapeUntrained();
        using var decoder = model.CreateBatchDecoder();
        var sizes = new List<int>();
        var streams = new List<DecodeStream>();
        for (var step = 0; step < 200 && (step < 10 || decoder.HasWork); step++)
        {
            if (step < 10)
            {
                streams.Add(decoder.Join(null, Messages[step], DecodingOptions.Greedy with { MaxReplyLength = 20 + 5 * step }));
            }
            decoder.Step();
            sizes.Add(decoder.ActiveCount);
        }

        Assert.All(streams, stream => Assert.True(stream.Completion.IsCompletedSuccessfully));
        Assert.Equal(10, sizes.Max());
        Assert.Equal(0, sizes[^1]);
    }

    [Fact]
    public async Task A_cancelled_conversation_leaves_the_batch_and_the_others_are_unaffected()
    {
        using var model = ModelThatSometimesEnds(ShippedShape, _ => DecodingOptions.Greedy with { MaxReplyLength = 30 });
        var options = DecodingOptions.Greedy with { MaxReplyLength = 60 };
        var expected = model.Respond(null, Messages[0], options);
        using var decoder = model.CreateBatchDecoder();
        using var cancel = new CancellationTokenSource();
        var kept = decoder.Join(null, Messages[0], options);
        var cancelled = decoder.Join(null, Messages[2], options, cancel.Token);

        decoder.Step();
        decoder.Step();
        cancel.Cancel();
        decoder.Step();
        var activeAfterCancel = decoder.ActiveCount;
        while (decoder.HasWork)
        {
            decoder.Step();
        }

        Assert.True(cancelled.Completion.IsCanceled);
        Assert.Equal(1, activeAfterCancel);
        AssertIdentical([expected], [await kept.Completion]);
    }

    [Fact]
    public void A_state_from_another_model_is_refused_when_joining()
    {
        using var model = TestModels.Untrained(seed: 1);
        using var other = TestModels.Untrained(seed: 2);
        var foreign = other.Respond(null, "hi", DecodingOptions.Greedy with { MaxReplyLength = 5 });
        using var decoder = model.CreateBatchDecoder();

        Assert.Throws<ConversationStateMismatchException>(() => decoder.Join(foreign.State, "hi", DecodingOptions.Greedy));
        Assert.False(decoder.HasWork);
    }

    [Fact]
    public void Beam_search_is_refused_because_it_is_not_batched()
    {
        using var model = TestModels.Untrained();
        using var decoder = model.CreateBatchDecoder();

        Assert.Throws<ArgumentException>(() => decoder.Join(null, "hi", new DecodingOptions { Strategy = DecodingStrategy.Beam }));
    }

    [Fact]
    public void Disposing_the_decoder_fails_the_conversations_still_in_it()
    {
        using var model = TestModels.Untrained();
        var decoder = model.CreateBatchDecoder();
        var running = decoder.Join(null, "hello", DecodingOptions.Greedy with { MaxReplyLength = 100 });
        var waiting = decoder.Join(null, "hi", DecodingOptions.Greedy);
        decoder.Step();
        decoder.Dispose();

        Assert.IsType<ObjectDisposedException>(running.Completion.Exception?.InnerException);
        Assert.IsType<ObjectDisposedException>(waiting.Completion.Exception?.InnerException);
    }

    private sealed record Conversation(ConversationState? State, string Message, DecodingOptions Options);

    /// <summary>Twelve conversations: half continue from a state left by an earlier turn, half start fresh.</summary>
    private static List<Conversation> Conversations(ChatModel model, Func<int, DecodingOptions> options) =>
        Messages.Select((message, index) => new Conversation(
            index % 2 == 1 ? model.Respond(null, Messages[^(index + 1)], DecodingOptions.Greedy with { MaxReplyLength = 10 }).State : null,
            message,
            options(index))).ToList();

    private static List<Reply> DecodeJoiningOverTime(ChatModel model, List<Conversation> conversations)
    {
        using var decoder = model.CreateBatchDecoder();
        var streams = new DecodeStream?[conversations.Count];
        var batchSizes = new HashSet<int>();
        for (var step = 0; step < 10_000 && (streams.Any(s => s is null) || decoder.HasWork); step++)
        {
            for (var i = 0; i < conversations.Count; i++)
            {
                if (JoinAtStep[i] == step)
                {
                    streams[i] = decoder.Join(conversations[i].State, conversations[i].Message, conversations[i].Options);
                }
            }
            decoder.Step();
            batchSizes.Add(decoder.ActiveCount);
        }
        // The batch really held several conversations at once, in more than one size.
        Assert.True(batchSizes.Count(size => size > 1) >= 3, $"batch sizes seen: {string.Join(", ", batchSizes.Order())}");
        return streams.Select(stream => stream!.Completion.Result).ToList();
    }

    private static void AssertIdentical(IReadOnlyList<Reply> expected, IReadOnlyList<Reply> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Text, actual[i].Text);
            // Bit for bit: compare the raw bits, so that even -0 vs +0 or two NaNs would count as a difference.
            Assert.Equal(expected[i].State.Hidden.Select(BitConverter.SingleToInt32Bits), actual[i].State.Hidden.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(expected[i].State.Cell.Select(BitConverter.SingleToInt32Bits), actual[i].State.Cell.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(expected[i].State.MemoryTokens, actual[i].State.MemoryTokens);
            Assert.Equal(expected[i].State.MemoryKeys.Select(BitConverter.SingleToInt32Bits), actual[i].State.MemoryKeys.Select(BitConverter.SingleToInt32Bits));
        }
    }

    /// <summary>
    /// An untrained model of <paramref name="shape"/> whose end-of-reply logit is amplified just enough that, among the
    /// test conversations with <paramref name="options"/>, some replies end on their own while others run to the limit
    /// (random weights alone never end). The factor is searched, deterministically, from small to large.
    /// </summary>
    private static ChatModel ModelThatSometimesEnds(ModelHyperParameters shape, Func<int, DecodingOptions> options)
    {
        var vocabulary = Vocabulary.Build([string.Concat(Messages)], minCount: 1);
        foreach (var factor in new[] { 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8, 10 })
        {
            manual_seed(7);
            using var network = new EncoderDecoderNetwork(vocabulary, shape);
            using (no_grad())
            {
                var weight = network.named_parameters().Single(p => p.name == "projection.weight").parameter;
                weight[Vocabulary.EndOfReply].mul_(factor);
            }
            // Changed before the model is made: the decoder kernel copies the weights then.
            var model = NetworkModels.ToChatModel(network, new ModelMetadata { Name = "ends", Hyper = shape, Characters = vocabulary.Characters });
            var cut = Conversations(model, options).Select(c => model.Respond(c.State, c.Message, c.Options).ReachedLimit).ToList();
            if (cut.Contains(true) && cut.Contains(false))
            {
                return model;
            }
            model.Dispose();
        }
        throw new InvalidOperationException("No factor made some replies end on their own and others not.");
    }

    /// <summary>
    /// With attention, random weights copy the user's characters and never end a reply (amplifying &lt;eos&gt; does not
    /// change that), so this model covers the memory's bookkeeping, not replies that end early.
    /// </summary>
    private static ChatModel AttentionModel() =>
        NetworkModels.CreateUntrained(Vocabulary.Build([string.Concat(Messages)], minCount: 1), ShippedShapeWithAttention, seed: 7);

    /// <summary>Greedy replies of its random weights run to the length limit.</summary>
    private static ChatModel ShippedShapeUntrained() =>
        NetworkModels.CreateUntrained(Vocabulary.Build([string.Concat(Messages)], minCount: 1), ShippedShape, seed: 7);
}
