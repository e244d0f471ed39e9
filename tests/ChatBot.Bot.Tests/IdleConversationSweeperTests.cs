using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;

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
}
