using System.Net;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>With MicrosoftAppId set, only requests with a valid Bot Framework token reach the bot.</summary>
public sealed class AuthenticationTests
{
    private static readonly Dictionary<string, string?> RegisteredBot = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    [Fact]
    public async Task A_request_without_an_Authorization_header_gets_401_and_never_reaches_the_model()
    {
        await using var bot = await BotScenario.StartAsync(new(RegisteredBot));
        var callsBefore = bot.Loader.Loaded.Single().RespondCalls;

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(callsBefore, bot.Loader.Loaded.Single().RespondCalls);
        Assert.Empty(bot.Connector.All);
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task A_request_with_an_invalid_Authorization_header_gets_401_and_never_reaches_the_model(string authorization)
    {
        await using var bot = await BotScenario.StartAsync(new(RegisteredBot));
        var callsBefore = bot.Loader.Loaded.Single().RespondCalls;

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(callsBefore, bot.Loader.Loaded.Single().RespondCalls);
        Assert.Empty(bot.Connector.All);
    }

    [Fact]
    public async Task When_the_identity_provider_cannot_be_reached_a_token_gets_503_not_a_crash_and_never_reaches_the_model()
    {
        // Nothing listens on port 1: fetching the signing keys fails at once, as it would during an outage.
        await using var bot = await BotScenario.StartAsync(new(RegisteredBot)
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
        });
        var callsBefore = bot.Loader.Loaded.Single().RespondCalls;
        var token = string.Join('.', Base64Url("{\"alg\":\"RS256\",\"kid\":\"key-1\",\"typ\":\"JWT\"}"),
            Base64Url("{\"iss\":\"https://api.botframework.com\",\"aud\":\"00000000-0000-0000-0000-000000000001\"}"), Base64Url("signature"));

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
        Assert.Equal(callsBefore, bot.Loader.Loaded.Single().RespondCalls);
        Assert.Empty(bot.Connector.All);
    }

    [Fact]
    public async Task Without_an_app_id_the_bot_answers_unauthenticated_requests_for_local_testing()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.MessagesIn("conv-1"));
    }

    private static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(text));
}
