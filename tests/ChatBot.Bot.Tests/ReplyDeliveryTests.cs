using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests;

/// <summary>
/// A reply is posted at most once: only calls the channel cannot have acted on are retried. When the reply cannot be
/// delivered, the turn stays stored (the channel may have shown it) and no apology follows it.
/// </summary>
public sealed class ReplyDeliveryTests
{
    // No typing indicator: every activity the connector sees is the reply (or the notice) under test.
    private static readonly Dictionary<string, string?> RepliesOnly = new() { ["Bot:Turns:TypingDelay"] = "00:01:00" };

    // An attempt timeout the stalling connector outlasts, long enough for a loaded machine to deliver the request.
    private static readonly Dictionary<string, string?> ShortAttempts = new(RepliesOnly)
    {
        ["Bot:Connector:AttemptTimeout"] = "00:00:02",
        ["Bot:Connector:TotalTimeout"] = "00:00:20",
    };

    [Fact]
    public async Task A_channel_that_accepts_the_reply_and_then_stalls_gets_exactly_one_copy()
    {
        await using var bot = await BotScenario.StartAsync(new(ShortAttempts));
        bot.Connector.StallAfterAccepting(1, TimeSpan.FromSeconds(15));

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.StartsWith("alpha #1 ", Assert.Single(bot.Connector.TextsIn("conv-1")));
        Assert.Equal(1, bot.Connector.Attempts);
    }

    [Fact]
    public async Task A_server_error_from_the_channel_is_not_retried()
    {
        await using var bot = await BotScenario.StartAsync(new(RepliesOnly));
        bot.Connector.FailNextRequests(1, status: 500);

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(1, bot.Connector.Attempts);
        Assert.Empty(bot.Connector.MessagesIn("conv-1"));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_channels_Retry_After()
    {
        await using var bot = await BotScenario.StartAsync(new(RepliesOnly));
        bot.Connector.FailNextRequests(1, status: 429, retryAfter: "1");

        var started = DateTime.UtcNow;
        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.StartsWith("alpha #1 ", Assert.Single(bot.Connector.TextsIn("conv-1")));
        Assert.Equal(2, bot.Connector.Attempts);
        // The test host's retry base delay is 10 ms: only the Retry-After header explains a wait of about a second.
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task A_reply_that_cannot_be_delivered_leaves_the_turn_stored_and_sends_no_apology()
    {
        await using var bot = await BotScenario.StartAsync(new(RepliesOnly));
        bot.Connector.FailNextRequests(1, status: 500);

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(1, (await bot.Host.StoredAsync("conv-1"))!.Record.TurnCount);
        Assert.Equal(1, bot.Connector.Attempts);
        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("could not be delivered") && entry.Message.Contains("the turn stays stored"));
        Assert.DoesNotContain(bot.Host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        // The next turn continues from the stored one.
        Assert.StartsWith("alpha #2 ", await bot.AskAsync("conv-1", "again"));
    }
}
