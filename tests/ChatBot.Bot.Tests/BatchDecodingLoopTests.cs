using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ChatBot.Bot.Inference;
using ChatBot.Bot.Telemetry;
using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Bot.Tests;

/// <summary>The bot's batch decoding thread with a real (untrained, tiny) model.</summary>
public sealed class BatchDecodingLoopTests : IDisposable
{
    private static readonly Lock SeedLock = new();
    private static readonly string[] Messages = ["Hello there!", "What is your name?", "Olá, tudo bem?", "", "Nice to meet you.", "0123", "Where do you live?", "Obrigado."];

    private readonly ChatModel _model;

    public BatchDecodingLoopTests()
    {
        lock (SeedLock)
        {
            _model = NetworkModels.CreateUntrained(Vocabulary.Build([string.Concat(Messages)], 1), new ModelHyperParameters(16, 32, 2, 0.0), seed: 21);
        }
    }

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task Turns_submitted_together_are_decoded_in_one_batch_with_exactly_the_replies_of_turns_taken_alone()
    {
        // Long replies (random weights run to the limit), so all turns are still generating when the last one joins.
        var options = Enumerable.Range(0, Messages.Length).Select(i => DecodingOptions.Greedy with { MaxReplyLength = 300 + 10 * i }).ToArray();
        var alone = Messages.Select((message, i) => _model.Respond(null, message, options[i])).ToList();
        using var loop = new BatchDecodingLoop(maxBatchSize: 64);

        var batched = await Task.WhenAll(Messages.Select((message, i) => loop.RunAsync(_model, null, message, options[i], CancellationToken.None)));

        Assert.Equal(Messages.Length, loop.PeakConversations);
        Assert.Equal(alone.Select(reply => reply.Text), batched.Select(reply => reply.Text));
        Assert.Equal(alone.Select(reply => reply.State.ToBytes()), batched.Select(reply => reply.State.ToBytes()));
    }

    [Fact]
    public async Task Every_decoder_step_reports_its_batch_size_and_every_turn_its_queue_time()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var sizes = new ConcurrentQueue<int>();
        var queueTimes = new ConcurrentQueue<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Meter.Scope == services.GetRequiredService<IMeterFactory>())
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => sizes.Enqueue(value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => queueTimes.Enqueue(value));
        listener.Start();
        using var loop = new BatchDecodingLoop(maxBatchSize: 64, metrics: new BotMetrics(services.GetRequiredService<IMeterFactory>()));
        var options = DecodingOptions.Greedy with { MaxReplyLength = 50 };

        await Task.WhenAll(Messages.Take(3).Select(message => loop.RunAsync(_model, null, message, options, CancellationToken.None)));

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.InRange(size, 1, 3));
        Assert.Equal(3, queueTimes.Count);
        Assert.All(queueTimes, seconds => Assert.True(seconds >= 0));
    }

    [Fact]
    public async Task No_more_than_the_maximum_batch_size_are_decoded_at_once_and_the_rest_wait_their_turn()
    {
        using var loop = new BatchDecodingLoop(maxBatchSize: 3);
        var options = DecodingOptions.Greedy with { MaxReplyLength = 200 };

        var replies = await Task.WhenAll(Messages.Select(message => loop.RunAsync(_model, null, message, options, CancellationToken.None)));

        Assert.Equal(3, loop.PeakConversations);
        Assert.Equal(Messages.Length, replies.Length);
    }

    [Fact]
    public async Task A_cancelled_turn_leaves_the_batch_and_the_others_still_get_their_replies()
    {
        using var loop = new BatchDecodingLoop(maxBatchSize: 64);
        using var cancel = new CancellationTokenSource();
        var endless = DecodingOptions.Greedy with { MaxReplyLength = 1_000_000 };
        var expected = _model.Respond(null, Messages[0], DecodingOptions.Greedy with { MaxReplyLength = 500 });

        var cancelled = loop.RunAsync(_model, null, Messages[1], endless, cancel.Token);
        var kept = loop.RunAsync(_model, null, Messages[0], DecodingOptions.Greedy with { MaxReplyLength = 500 }, CancellationToken.None);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(expected.State.ToBytes(), (await kept).State.ToBytes());
        await WaitUntilAsync(() => loop.ActiveConversations == 0);
    }

    [Fact]
    public async Task A_state_from_another_model_fails_only_its_own_turn()
    {
        using var loop = new BatchDecodingLoop(maxBatchSize: 64);
        var foreign = new ConversationState("not-this-model", 2, 32, new float[64], new float[64]);

        var refused = loop.RunAsync(_model, foreign, "hi", DecodingOptions.Greedy, CancellationToken.None);
        var fine = loop.RunAsync(_model, null, "hi", DecodingOptions.Greedy with { MaxReplyLength = 20 }, CancellationToken.None);

        await Assert.ThrowsAsync<ConversationStateMismatchException>(() => refused);
        Assert.NotNull(await fine);
    }

    [Fact]
    public void Beam_search_is_not_accepted_by_the_batch()
    {
        using var loop = new BatchDecodingLoop(maxBatchSize: 64);

        Assert.Throws<ArgumentException>(() => { _ = loop.RunAsync(_model, null, "hi", new DecodingOptions { Strategy = DecodingStrategy.Beam }, CancellationToken.None); });
    }

    [Fact]
    public async Task Turns_still_generating_at_shutdown_fail_instead_of_hanging()
    {
        var loop = new BatchDecodingLoop(maxBatchSize: 64);
        // A million characters: still generating whenever the test looks.
        var endless = loop.RunAsync(_model, null, "hi", DecodingOptions.Greedy with { MaxReplyLength = 1_000_000 }, CancellationToken.None);
        await WaitUntilAsync(() => loop.ActiveConversations == 1);

        loop.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => endless);
        Assert.Throws<ObjectDisposedException>(() => { _ = loop.RunAsync(_model, null, "hi", DecodingOptions.Greedy, CancellationToken.None); });
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true within 10 s");
            await Task.Delay(5);
        }
    }
}
