using System.Net;
using ChatBot.Bot.Configuration;
using ChatBot.Bot.Endpoints;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>
/// Without Bot Framework credentials nothing proves who sent an activity: the bot then serves only this machine
/// (unless Bot:Access:AllowAnonymous says otherwise) and replies only to loopback or allow-listed service URLs.
/// </summary>
public sealed class AnonymousAccessTests
{
    [Fact]
    public async Task Without_credentials_the_bot_refuses_to_start_on_an_address_other_machines_can_reach()
    {
        using var directory = new TestDirectory();
        TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");
        // A documentation address (TEST-NET-1) that this machine does not have: were the check missing, binding it would fail otherwise.
        var setup = new TestBotSetup { Loader = new TestModelLoader(), Settings = new() { ["urls"] = "http://192.0.2.1:0" } };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(directory, setup));

        Assert.Contains("Bot:Access:AllowAnonymous", failure.Message);
        Assert.Contains("Bot__Access__AllowAnonymous", failure.Message);
        Assert.Contains("http://192.0.2.1:0", failure.Message);
    }

    [Fact]
    public async Task Running_anonymously_is_logged_as_a_warning()
    {
        await using var bot = await BotScenario.StartAsync();

        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("Authentication is off"));
    }

    [Fact]
    public async Task A_reply_to_a_service_url_that_is_not_loopback_is_refused_with_400_and_nothing_is_sent()
    {
        await using var bot = await BotScenario.StartAsync();
        var calls = bot.Loader.Loaded.Single().RespondCalls;

        using var response = await bot.Host.PostActivityAsync(Activities.Message("http://connector.example.invalid/", "conv-1", "hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bot:Access:AnonymousServiceUrls", await response.Content.ReadAsStringAsync());
        Assert.Equal(calls, bot.Loader.Loaded.Single().RespondCalls);
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task A_service_url_on_the_allow_list_is_served_without_authentication()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Access:AnonymousServiceUrls:0"] = "http://connector.example.invalid/emea/" });

        using var response = await bot.Host.PostActivityAsync(Activities.Message("http://connector.example.invalid/emea/", "conv-1", "hello"));

        // The name does not resolve, so the reply cannot be delivered; the turn itself ran.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await bot.Host.StoredAsync("conv-1"))!.Record.TurnCount);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978", false)]
    [InlineData("http://localhost:3978;http://[::1]:3978", false)]
    [InlineData("http://0.0.0.0:3978", true)]
    [InlineData("http://*:3978", true)]
    [InlineData("http://+:3978", true)]
    [InlineData("http://[::]:3978", true)]
    [InlineData("http://bot.internal:3978", true)]
    [InlineData("http://127.0.0.1:3978;http://10.0.0.5:3978", true)]
    public void Listen_urls_other_machines_can_reach_are_recognised(string urls, bool reachable)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();

        Assert.Equal(reachable, AnonymousAccess.ReachableListenUrls(configuration).Count > 0);
    }

    [Fact]
    public void Listening_on_ports_alone_means_every_address()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["http_ports"] = "8080" }).Build();

        Assert.Equal(["http://*:8080"], AnonymousAccess.ReachableListenUrls(configuration));
    }

    [Fact]
    public void Allow_anonymous_lets_the_bot_start_on_a_reachable_address()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:3978" }).Build();
        var validator = new AccessOptionsValidator(configuration);

        Assert.True(validator.Validate(null, new AccessOptions()).Failed);
        Assert.True(validator.Validate(null, new AccessOptions { AllowAnonymous = true }).Succeeded);
    }

    [Fact]
    public void Credentials_let_the_bot_start_on_a_reachable_address()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://0.0.0.0:3978",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b075",
        }).Build();

        Assert.True(new AccessOptionsValidator(configuration).Validate(null, new AccessOptions()).Succeeded);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9999/anything/", true)]
    [InlineData("http://[::1]:9999/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", false)]
    public void Anonymous_replies_go_only_to_loopback_or_listed_service_urls(string serviceUrl, bool allowed)
    {
        var options = new AccessOptions { AnonymousServiceUrls = ["https://smba.trafficmanager.net/amer/"] };

        Assert.Equal(allowed, AnonymousAccess.MayReplyTo(new Uri(serviceUrl), options));
    }
}
