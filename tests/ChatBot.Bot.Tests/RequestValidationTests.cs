using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Malformed requests to /api/messages get a 4xx with a reason and never reach the SDK or the model.</summary>
public sealed class RequestValidationTests
{
    [Theory]
    [InlineData("conversation", "conversation.id")]
    [InlineData("serviceUrl", "serviceUrl")]
    [InlineData("from", "from.id")]
    [InlineData("recipient", "recipient.id")]
    [InlineData("channelId", "channelId")]
    [InlineData("type", "type")]
    public async Task An_activity_missing_a_required_field_gets_400_naming_it(string field, string named)
    {
        await using var bot = await BotScenario.StartAsync();
        var callsBefore = bot.Loader.Loaded.Single().RespondCalls;

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello").Without(field));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{named}'", await response.Content.ReadAsStringAsync());
        Assert.Equal(callsBefore, bot.Loader.Loaded.Single().RespondCalls);
        Assert.Empty(bot.Connector.All);
    }

    [Fact]
    public async Task A_conversation_without_an_id_gets_400()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello").With("conversation", new JsonObject { ["name"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_relative_service_url_gets_400()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello").With("serviceUrl", "/v3/elsewhere"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("absolute http(s) URL", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Entities_that_are_not_an_array_get_400_instead_of_a_server_error()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello").With("entities", "mention"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_field_of_the_wrong_shape_for_an_activity_gets_400_instead_of_a_server_error()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", "hello").With("timestamp", new JsonArray(1, 2)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid activity", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"type\": \"message\",")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"message\"")]
    public async Task A_body_that_is_not_a_JSON_object_gets_400(string body)
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_by_content_type_gets_415()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.PostRawAsync(bot.Message("conv-1", "hello").ToJsonString(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Turns:MaxRequestBytes"] = "2048" });

        using var response = await bot.Host.PostActivityAsync(bot.Message("conv-1", new string('x', 4000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Connector.All);
    }

    [Fact]
    public async Task Get_on_the_messages_endpoint_is_not_allowed()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
