using System.Net;
using ChatBot.Bot.Localization;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Redis going away and coming back: the bot degrades to the fallback reply, keeps the state intact, and recovers by itself.</summary>
public sealed class RedisOutageTests
{
    [RedisFact]
    public async Task When_Redis_stops_mid_conversation_turns_get_the_fallback_the_state_survives_and_the_bot_recovers_by_itself()
    {
        await using var redis = await RedisServer.StartAsync(persistent: true);
        await using var bot = await BotScenario.StartAsync(RedisSettings(redis));
        Assert.StartsWith("alpha #1 ", await bot.AskAsync("conv-1", "one"));
        Assert.StartsWith("alpha #2 ", await bot.AskAsync("conv-1", "two"));
        var before = await bot.Host.StoredAsync("conv-1");

        await redis.StopAsync();
        using (var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "three")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(BotTexts.English.Fallback, bot.Connector.TextsIn("conv-1")[^1]);
        using (var ready = await bot.Host.Client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Warning
                                                        && entry.Message.Contains($"Redis at {redis.Configuration} is unavailable ("));
        await Eventually.TrueAsync(() => bot.Host.Logs.Entries.Any(entry => entry.Message.StartsWith("Lost the connection to Redis", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "the lost connection to be logged");

        await redis.RestartAsync();
        await Eventually.TrueAsync(async () =>
        {
            using var ready = await bot.Host.Client.GetAsync("/readyz");
            return ready.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), "the bot to reconnect to Redis");

        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Message.StartsWith("Reconnected to Redis", StringComparison.Ordinal));
        StoredAssert.Unchanged(before, await bot.Host.StoredAsync("conv-1"));
        Assert.StartsWith("alpha #3 ", await bot.AskAsync("conv-1", "three"));
        Assert.Equal(3, (await bot.Host.StoredAsync("conv-1"))!.Record.TurnCount);
    }

    [Fact]
    public async Task A_bot_that_cannot_reach_Redis_at_start_up_does_not_start_and_says_which_server_it_tried()
    {
        var port = FreePort.Find();

        var failure = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => BotScenario.StartAsync(new()
        {
            ["Bot:StateStore:Provider"] = "Redis",
            ["Bot:StateStore:Redis:Configuration"] = $"127.0.0.1:{port}",
            ["Bot:StateStore:Redis:ConnectTimeout"] = "00:00:01",
        }));

        Assert.StartsWith($"The bot cannot start: Redis at 127.0.0.1:{port} is unavailable", StartupFailure.Describe(failure));
    }

    private static Dictionary<string, string?> RedisSettings(RedisServer redis) => new()
    {
        ["Bot:StateStore:Provider"] = "Redis",
        ["Bot:StateStore:Redis:Configuration"] = redis.Configuration,
        ["Bot:StateStore:Redis:OperationTimeout"] = "00:00:01",
        ["Bot:StateStore:Redis:ConnectTimeout"] = "00:00:01",
    };
}
