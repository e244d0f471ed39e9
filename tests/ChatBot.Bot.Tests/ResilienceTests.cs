using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Failures of the model, the channel or the store degrade a turn, never the stored state or the process.</summary>
public sealed class ResilienceTests
{
    private static readonly Dictionary<string, string?> ShortTimeout = new() { ["Bot:Inference:Timeout"] = "00:00:00.300" };

    [Fact]
    public async Task A_slow_model_times_out_into_the_fallback_reply_and_the_stored_state_is_unchanged()
    {
        await using var bot = await BotScenario.StartAsync(new(ShortTimeout));
        await bot.AskAsync("conv-1", "one");
        var before = await bot.Host.StoredAsync("conv-1");
        bot.Loader.Behaviour.Delay = TimeSpan.FromSeconds(30);

        var started = DateTime.UtcNow;
        var reply = await bot.AskAsync("conv-1", "two");

        Assert.Equal(BotTexts.English.Fallback, reply);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        StoredAssert.Unchanged(before, await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task A_model_that_ignores_cancellation_still_yields_the_fallback_at_the_timeout()
    {
        await using var bot = await BotScenario.StartAsync(new(ShortTimeout));
        bot.Loader.Behaviour.Delay = TimeSpan.FromSeconds(4);
        bot.Loader.Behaviour.IgnoreCancellation = true;

        var started = DateTime.UtcNow;
        var reply = await bot.AskAsync("conv-1", "one");

        Assert.Equal(BotTexts.English.Fallback, reply);
        // Well before the model's own 4 s: the turn did not wait for it.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3));
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task A_failing_model_yields_the_fallback_reply_in_the_users_language_and_the_stored_state_is_unchanged()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");
        var before = await bot.Host.StoredAsync("conv-1");
        bot.Loader.Behaviour.Fail = true;

        var reply = await bot.AskAsync("conv-1", "dois", locale: "pt-BR");

        Assert.Equal(BotTexts.Portuguese.Fallback, reply);
        StoredAssert.Unchanged(before, await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_turns_get_the_fallback_without_calling_the_model()
    {
        await using var bot = await BotScenario.StartAsync(new()
        {
            ["Bot:Inference:BreakerMinimumThroughput"] = "2",
            ["Bot:Inference:BreakerBreakDuration"] = "00:01:00",
        });
        var model = bot.Loader.Loaded.Single();
        bot.Loader.Behaviour.Fail = true;
        await bot.AskAsync("conv-1", "one");
        await bot.AskAsync("conv-1", "two");
        bot.Loader.Behaviour.Fail = false;
        var callsBefore = model.RespondCalls;

        var reply = await bot.AskAsync("conv-1", "three");

        Assert.Equal(BotTexts.English.Fallback, reply);
        Assert.Equal(callsBefore, model.RespondCalls);
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task Outbound_activities_the_channel_refuses_with_503_are_retried_and_delivered()
    {
        await using var bot = await BotScenario.StartAsync();
        bot.Connector.FailNextRequests(2);

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.StartsWith("alpha #1 ", Assert.Single(bot.Connector.TextsIn("conv-1")));
        // The reply, refused twice and then delivered (it comes at once, so no typing indicator goes out).
        Assert.Equal(3, bot.Connector.Attempts);
    }
}
