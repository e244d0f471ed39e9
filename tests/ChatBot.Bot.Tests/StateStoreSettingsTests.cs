using ChatBot.Bot.Configuration;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>Start-up checks of the store and rate-limit settings name the key to fix.</summary>
public sealed class StateStoreSettingsTests
{
    [Fact]
    public async Task An_unknown_state_store_provider_stops_start_up_naming_the_key_and_the_choices()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotScenario.StartAsync(new() { ["Bot:StateStore:Provider"] = "Mongo" }));

        Assert.Contains("Bot:StateStore:Provider: must be Sqlite or Redis, not 'Mongo'", failure.Message);
    }

    [Fact]
    public async Task A_state_store_provider_given_as_a_number_stops_start_up_too()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotScenario.StartAsync(new() { ["Bot:StateStore:Provider"] = "1" }));

        Assert.Contains("Bot:StateStore:Provider: must be Sqlite or Redis, not '1'", failure.Message);
    }

    [Fact]
    public async Task An_unknown_state_store_provider_is_listed_with_the_other_bad_settings()
    {
        using var root = new TestDirectory();
        await using var app = BotApplication.Build(new WebApplicationOptions
        {
            Args = ["--Bot:StateStore:Provider=Mongo", "--Bot:RateLimit:Burst=0"],
            ContentRootPath = root.Path,
        });

        // As Program.cs checks the settings: every problem at once, before the host starts.
        var failure = Assert.Throws<AggregateException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        var message = StartupFailure.Describe(failure);
        Assert.Contains("Bot:StateStore:Provider: must be Sqlite or Redis, not 'Mongo'", message);
        Assert.Contains("Bot:RateLimit:Burst", message);
    }

    [Fact]
    public async Task The_state_store_provider_is_read_whatever_its_case()
    {
        using var root = new TestDirectory();
        await using var app = BotApplication.Build(new WebApplicationOptions { Args = ["--Bot:StateStore:Provider=redis"], ContentRootPath = root.Path });

        Assert.Equal(StateStoreProvider.Redis, app.Services.GetRequiredService<IOptions<StateStoreOptions>>().Value.Provider);
    }

    [Fact]
    public async Task Unusable_Redis_and_rate_limit_settings_are_all_reported_at_start_up()
    {
        var failure = await Assert.ThrowsAsync<AggregateException>(() => BotScenario.StartAsync(new()
        {
            ["Bot:StateStore:Provider"] = "Redis",
            ["Bot:StateStore:Redis:Configuration"] = ",,,",
            ["Bot:StateStore:Redis:LockExpiry"] = "00:00:00.100",
            ["Bot:RateLimit:Burst"] = "0",
        }));

        var message = string.Join("\n", failure.InnerExceptions.OfType<OptionsValidationException>().SelectMany(exception => exception.Failures));
        Assert.Contains("Bot:StateStore:Redis:Configuration", message);
        Assert.Contains("Bot:StateStore:Redis:LockExpiry", message);
        Assert.Contains("Bot:RateLimit:Burst", message);
    }
}
