using ChatBot.Bot.Models;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>A retrained model file is swapped in while the bot runs; a broken one is refused.</summary>
public sealed class ModelReloadTests
{
    private static readonly TimeSpan ReloadWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_retrained_model_file_is_picked_up_without_a_restart()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");

        TestModelLoader.WriteModelFile(bot.ModelPath, "beta", "beta-fp");
        await Eventually.TrueAsync(() => bot.Host.Get<ModelHost>().CurrentInfo?.Name == "beta", ReloadWait, "the beta model to serve");

        Assert.Contains("beta-fp", await bot.AskAsync("conv-1", "/about"));
        // The conversation's state was made by alpha, so beta starts it afresh.
        Assert.StartsWith("beta #1 ", await bot.AskAsync("conv-1", "two"));
    }

    [Fact]
    public async Task A_turn_running_during_a_swap_finishes_on_the_old_model_which_is_disposed_only_afterwards()
    {
        await using var bot = await BotScenario.StartAsync();
        var alpha = bot.Loader.Loaded.Single();
        bot.Loader.Behaviour.Delay = TimeSpan.FromSeconds(3);
        bot.Loader.Behaviour.DelayOnlyFor = "slow";
        var callsBefore = alpha.RespondCalls;

        var turn = bot.Host.SendAsync(bot.Message("conv-1", "slow question"));
        await Eventually.TrueAsync(() => alpha.RespondCalls > callsBefore, ReloadWait, "the turn to start on alpha");
        TestModelLoader.WriteModelFile(bot.ModelPath, "beta", "beta-fp");
        await Eventually.TrueAsync(() => bot.Host.Get<ModelHost>().CurrentInfo?.Name == "beta", ReloadWait, "the beta model to serve");
        var disposedWhileInUse = alpha.IsDisposed;
        await turn;

        Assert.False(disposedWhileInUse);
        Assert.StartsWith("alpha #1 ", Assert.Single(bot.Connector.TextsIn("conv-1")));
        await Eventually.TrueAsync(() => alpha.IsDisposed, ReloadWait, "alpha to be disposed after its last turn");
    }

    [Fact]
    public async Task A_broken_model_file_is_rejected_with_a_log_line_and_the_old_model_keeps_serving()
    {
        await using var bot = await BotScenario.StartAsync();

        TestModelLoader.WriteAtomically(bot.ModelPath, "this is not a model");
        await Eventually.TrueAsync(() => bot.Host.Logs.Entries.Any(entry => entry.Message.Contains("Rejected the model file")), ReloadWait,
            "the rejection to be logged");

        Assert.Equal("alpha", bot.Host.Get<ModelHost>().CurrentInfo?.Name);
        Assert.StartsWith("alpha #1 ", await bot.AskAsync("conv-1", "still there?"));
        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Message.Contains("Still serving alpha (alpha-fp)"));
    }

    [Fact]
    public async Task After_a_rejected_file_a_later_good_file_is_still_picked_up()
    {
        await using var bot = await BotScenario.StartAsync();
        TestModelLoader.WriteAtomically(bot.ModelPath, "this is not a model");
        await Eventually.TrueAsync(() => bot.Host.Logs.Entries.Any(entry => entry.Message.Contains("Rejected the model file")), ReloadWait,
            "the rejection to be logged");

        TestModelLoader.WriteModelFile(bot.ModelPath, "gamma", "gamma-fp");

        await Eventually.TrueAsync(() => bot.Host.Get<ModelHost>().CurrentInfo?.Name == "gamma", ReloadWait, "the gamma model to serve");
    }

    [Fact]
    public async Task A_model_that_loads_but_fails_its_trial_turn_is_rejected_and_disposed()
    {
        await using var bot = await BotScenario.StartAsync();
        bot.Loader.Behaviour.Fail = true;

        TestModelLoader.WriteModelFile(bot.ModelPath, "beta", "beta-fp");
        await Eventually.TrueAsync(() => bot.Loader.Loaded.Count == 2 && bot.Loader.Loaded[1].IsDisposed, ReloadWait, "beta to be tried and discarded");

        Assert.Equal("alpha", bot.Host.Get<ModelHost>().CurrentInfo?.Name);
        // The model is disposed before the rejection is logged, so under load the line can arrive a moment later.
        await Eventually.TrueAsync(() => bot.Host.Logs.Entries.Any(entry => entry.Message.Contains("failed its trial turn")), ReloadWait, "the rejection to be logged");
    }
}
