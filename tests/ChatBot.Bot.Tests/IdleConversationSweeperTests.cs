using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>The background sweeper deletes conversations idle longer than the configured expiry.</summary>
public sealed class IdleConversationSweeperTests
{
    [Fact]
    public async Task Conversations_idle_longer_than_the_expiry_are_deleted_in_the_background_and_active_ones_kept()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await BotScenario.StartAsync(new()
        {
            ["Bot:StateStore:IdleExpiry"] = "01:00:00",
            ["Bot:StateStore:SweepInterval"] = "00:00:00.050",
        }, time: clock);
        await bot.AskAsync("idle", "hello");
        clock.Advance(TimeSpan.FromMinutes(45));
        await bot.AskAsync("active", "hello");

        clock.Advance(TimeSpan.FromMinutes(30));

        await Eventually.TrueAsync(() => bot.Host.StoredAsync("idle").Result is null, TimeSpan.FromSeconds(10), "the idle conversation to be swept");
        Assert.NotNull(await bot.Host.StoredAsync("active"));
        Assert.StartsWith("alpha #1 ", await bot.AskAsync("idle", "hello again"));
    }

    [RedisFact]
    public async Task A_sweep_while_Redis_is_down_is_skipped_with_a_one_line_warning()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var stores = new RedisStores(redis);
        await stores.Store.PingAsync(CancellationToken.None);
        await redis.StopAsync();
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var sweeper = new IdleConversationSweeper(stores.Store, Options.Create(new StateStoreOptions()), TimeProvider.System,
            loggerFactory.CreateLogger<IdleConversationSweeper>());

        var deleted = await sweeper.SweepOnceAsync(CancellationToken.None);

        Assert.Equal(0, deleted);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.StartsWith($"Sweeping idle conversation states skipped: Redis at {redis.Configuration} is unavailable", entry.Message);
        Assert.Null(entry.Exception);
    }
}
