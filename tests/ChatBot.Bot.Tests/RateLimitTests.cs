using System.Net;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>A conversation that writes faster than Bot:RateLimit allows is asked to slow down; the model is not run for it.</summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string?> ThreeAtOnce = new()
    {
        ["Bot:RateLimit:Burst"] = "3",
        ["Bot:RateLimit:MessagesPerMinute"] = "1",
    };

    [Fact]
    public async Task Messages_beyond_the_burst_get_a_polite_reply_without_running_the_model_or_touching_the_state()
    {
        await using var bot = await BotScenario.StartAsync(new(ThreeAtOnce));
        for (var i = 1; i <= 3; i++)
        {
            Assert.StartsWith($"alpha #{i} ", await bot.AskAsync("conv-1", $"message {i}"));
        }
        var stored = await bot.Host.StoredAsync("conv-1");
        var calls = bot.Loader.Loaded.Single().RespondCalls;

        var reply = await bot.AskAsync("conv-1", "message 4", locale: "pt-BR");

        Assert.Equal(BotTexts.Portuguese.TooManyMessages, reply);
        Assert.Equal(calls, bot.Loader.Loaded.Single().RespondCalls);
        StoredAssert.Unchanged(stored, await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task One_conversations_rate_limit_does_not_slow_down_another()
    {
        await using var bot = await BotScenario.StartAsync(new(ThreeAtOnce));
        for (var i = 1; i <= 4; i++)
        {
            await bot.AskAsync("busy", $"message {i}");
        }

        Assert.StartsWith("alpha #1 ", await bot.AskAsync("quiet", "hello"));
    }

    [Fact]
    public async Task After_a_pause_the_conversation_may_write_again()
    {
        await using var bot = await BotScenario.StartAsync(new()
        {
            ["Bot:RateLimit:Burst"] = "1",
            ["Bot:RateLimit:MessagesPerMinute"] = "20",
        });
        Assert.StartsWith("alpha #1 ", await bot.AskAsync("conv-1", "one"));
        Assert.Equal(BotTexts.English.TooManyMessages, await bot.AskAsync("conv-1", "two"));

        await Task.Delay(TimeSpan.FromSeconds(3.5));

        Assert.StartsWith("alpha #2 ", await bot.AskAsync("conv-1", "two again"));
    }

    [Fact]
    public async Task With_the_rate_limit_disabled_every_message_gets_a_model_turn()
    {
        await using var bot = await BotScenario.StartAsync(new(ThreeAtOnce) { ["Bot:RateLimit:Enabled"] = "false" });

        for (var i = 1; i <= 5; i++)
        {
            Assert.StartsWith($"alpha #{i} ", await bot.AskAsync("conv-1", $"message {i}"));
        }
    }

    [Fact]
    public async Task A_conversation_that_keeps_writing_too_fast_is_told_to_slow_down_only_once_per_notice_interval()
    {
        await using var bot = await BotScenario.StartAsync(new()
        {
            ["Bot:RateLimit:Burst"] = "1",
            ["Bot:RateLimit:MessagesPerMinute"] = "1",
            ["Bot:RateLimit:NoticeInterval"] = "00:01:00",
        });
        await bot.AskAsync("conv-1", "one");

        var replies = new List<string>();
        for (var i = 2; i <= 6; i++)
        {
            replies.AddRange(await bot.SayAsync("conv-1", $"message {i}"));
        }

        Assert.Equal([BotTexts.English.TooManyMessages], replies);
    }

    [Fact]
    public async Task A_client_naming_a_new_conversation_with_every_request_is_limited_per_address()
    {
        await using var bot = await BotScenario.StartAsync(new()
        {
            ["Bot:RateLimit:ClientBurst"] = "3",
            ["Bot:RateLimit:ClientRequestsPerMinute"] = "1",
        });
        for (var i = 1; i <= 3; i++)
        {
            await bot.AskAsync($"conv-{i}", "hello");
        }
        var calls = bot.Loader.Loaded.Single().RespondCalls;

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-4", "hello"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(calls, bot.Loader.Loaded.Single().RespondCalls);
        Assert.Empty(bot.Connector.MessagesIn("conv-4"));
    }

    [Fact]
    public async Task With_the_rate_limit_disabled_a_client_is_not_limited_per_address_either()
    {
        await using var bot = await BotScenario.StartAsync(new()
        {
            ["Bot:RateLimit:Enabled"] = "false",
            ["Bot:RateLimit:ClientBurst"] = "1",
            ["Bot:RateLimit:ClientRequestsPerMinute"] = "1",
        });

        for (var i = 1; i <= 3; i++)
        {
            Assert.StartsWith("alpha #1 ", await bot.AskAsync($"conv-{i}", "hello"));
        }
    }
}
