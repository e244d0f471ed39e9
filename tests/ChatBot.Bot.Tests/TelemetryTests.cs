using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests;

/// <summary>
/// The bot is observable like a service: its own metrics on a Prometheus scrape endpoint (off by default), a trace
/// per turn, and logs without one line per outbound attempt.
/// </summary>
/// <remarks>
/// Every bot in this process names its meter alike, and OpenTelemetry's listener is process-wide. Run beside the other
/// test classes, a count made here was missing from the scrape in 3 of 5 full runs (a different test each time;
/// never when this class ran alone), most likely because bots stopped by other tests took the shared metric streams
/// with them. These tests therefore run alone, after the parallel ones (<see cref="TelemetryCollection"/>).
/// </remarks>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    private static readonly Dictionary<string, string?> Prometheus = new() { ["Bot:Telemetry:PrometheusEnabled"] = "true" };

    [Fact]
    public async Task The_metrics_endpoint_is_off_by_default()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_scrape_after_a_few_turns_finds_the_turn_counter_and_latency_moved()
    {
        await using var bot = await BotScenario.StartAsync(Prometheus);
        var before = await PrometheusScrape.ReadAsync(bot.Host);

        await bot.AskAsync("conv-1", "one");
        await bot.AskAsync("conv-1", "two");
        await bot.AskAsync("conv-2", "three");

        // A turn is counted when it ends, which can be a moment after its reply has reached the client.
        await Eventually.TrueAsync(async () =>
        {
            var after = await PrometheusScrape.ReadAsync(bot.Host);
            return after.Increase(before, "chatbot_turns_total", "outcome=\"answered\"") >= 3
                && after.Increase(before, "chatbot_turn_duration_seconds_count") >= 3
                && after.Increase(before, "chatbot_inference_queue_time_seconds_count") >= 3;
        }, TimeSpan.FromSeconds(10), "three answered turns, their durations and queue times on the scrape");
    }

    [Fact]
    public async Task The_scrape_also_carries_ASP_NET_Core_HttpClient_and_runtime_metrics()
    {
        await using var bot = await BotScenario.StartAsync(Prometheus);
        await bot.AskAsync("conv-1", "one");

        var scrape = await PrometheusScrape.ReadAsync(bot.Host);

        Assert.True(scrape.Sum("http_server_request_duration_seconds_count") >= 1, scrape.Text);
        Assert.True(scrape.Sum("http_client_request_duration_seconds_count") >= 1, scrape.Text);
        Assert.Contains("dotnet_gc_collections_total", scrape.Text);
    }

    [Fact]
    public async Task A_turn_lost_to_an_unavailable_store_counts_as_a_store_error_and_a_fallback_with_its_cause()
    {
        var store = new InMemoryConversationStateStore();
        await using var bot = await BotScenario.StartAsync(Prometheus, store);
        var before = await PrometheusScrape.ReadAsync(bot.Host);
        store.Unavailable = true;

        await bot.AskAsync("conv-1", "hello");
        var after = await PrometheusScrape.ReadAsync(bot.Host);

        Assert.True(after.Increase(before, "chatbot_store_errors_total") >= 1, after.Text);
        Assert.True(after.Increase(before, "chatbot_fallbacks_total", "cause=\"state_store\"") >= 1, after.Text);
    }

    [Fact]
    public async Task A_model_timeout_counts_as_a_fallback_caused_by_the_timeout()
    {
        await using var bot = await BotScenario.StartAsync(new(Prometheus) { ["Bot:Inference:Timeout"] = "00:00:00.200" });
        bot.Loader.Behaviour.Delay = TimeSpan.FromSeconds(2);
        var before = await PrometheusScrape.ReadAsync(bot.Host);

        await bot.AskAsync("conv-1", "hello");
        var after = await PrometheusScrape.ReadAsync(bot.Host);

        Assert.True(after.Increase(before, "chatbot_fallbacks_total", "cause=\"timeout\"") >= 1, after.Text);
        Assert.True(after.Increase(before, "chatbot_turns_total", "outcome=\"fallback\"") >= 1, after.Text);
    }

    [Fact]
    public async Task Messages_refused_by_the_rate_limit_are_counted()
    {
        await using var bot = await BotScenario.StartAsync(new(Prometheus) { ["Bot:RateLimit:Burst"] = "1", ["Bot:RateLimit:MessagesPerMinute"] = "1" });
        var before = await PrometheusScrape.ReadAsync(bot.Host);

        await bot.AskAsync("conv-1", "one");
        await bot.AskAsync("conv-1", "two");
        // Refused again within the notice interval: no second "slow down", but still counted.
        Assert.Empty(await bot.SayAsync("conv-1", "three"));
        var after = await PrometheusScrape.ReadAsync(bot.Host);

        Assert.True(after.Increase(before, "chatbot_rate_limited_total") >= 2, after.Text);
    }

    [Fact]
    public async Task Model_reloads_are_counted_by_result()
    {
        await using var bot = await BotScenario.StartAsync(Prometheus);
        var before = await PrometheusScrape.ReadAsync(bot.Host);

        TestModelLoader.WriteModelFile(bot.ModelPath, "beta", "beta-fp");
        await Eventually.TrueAsync(() => bot.Host.Get<ModelHost>().CurrentInfo?.Name == "beta", TimeSpan.FromSeconds(10), "the beta model to serve");

        // The watcher counts the reload just after the new model starts serving, so a scrape may come between.
        await Eventually.TrueAsync(async () => (await PrometheusScrape.ReadAsync(bot.Host)).Increase(before, "chatbot_model_reloads_total", "result=\"loaded\"") >= 1,
            TimeSpan.FromSeconds(10), "the reload to be counted as loaded");
    }

    [Fact]
    public async Task A_turn_is_traced_from_the_request_through_gate_store_inference_and_store_to_the_reply()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var bot = await BotScenario.StartAsync();

        await bot.AskAsync("traced-conversation", "hello");

        var conversation = new ConversationKey("emulator", "traced-conversation").ToLogId();
        bool IsTurn(Activity span) => span.OperationName == "chatbot.turn" && (string?)span.GetTagItem("chatbot.conversation") == conversation;
        // The turn's span stops when the turn ends, which can be a moment after its reply has reached the client.
        await Eventually.TrueAsync(() => spans.Any(IsTurn), TimeSpan.FromSeconds(10), "the turn's span to stop");
        var turn = Assert.Single(spans, IsTurn);
        var trace = spans.Where(span => span.TraceId == turn.TraceId).ToList();
        var request = Assert.Single(trace, span => span.Id == turn.ParentId);
        Assert.Equal("Microsoft.AspNetCore", request.Source.Name);
        Assert.Equal(
            ["chatbot.gate", "chatbot.store.read", "chatbot.inference", "chatbot.store.write", "chatbot.reply"],
            trace.Where(span => span.Source.Name == "ChatBot.Bot" && span != turn).OrderBy(span => span.StartTimeUtc).Select(span => span.OperationName));
        var reply = trace.Single(span => span.OperationName == "chatbot.reply");
        Assert.Contains(trace, span => span.ParentId == reply.Id && span.Source.Name == "System.Net.Http");
    }

    [Fact]
    public async Task Outbound_reply_attempts_are_logged_at_Debug_not_Information()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.AskAsync("conv-1", "hello");

        var attempts = bot.Host.Logs.Entries.Where(entry => entry.Message.Contains("Execution attempt")).ToList();
        Assert.NotEmpty(attempts);
        Assert.All(attempts, entry => Assert.Equal(LogLevel.Debug, entry.Level));
    }
}
