using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>/healthz tells the process is alive; /readyz that it can serve (model loaded, store reachable).</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_answers_200_while_the_process_runs()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_answers_200_and_names_the_model_when_the_model_is_loaded_and_the_store_reachable()
    {
        await using var bot = await BotScenario.StartAsync();

        using var response = await bot.Host.Client.GetAsync("/readyz");
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)report["status"]);
        Assert.Contains("alpha-fp", (string?)report["checks"]!["model"]!["description"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["state-store"]!["status"]);
    }

    [Fact]
    public async Task Readyz_answers_503_when_the_store_is_unreachable_while_healthz_stays_200()
    {
        var store = new InMemoryConversationStateStore();
        await using var bot = await BotScenario.StartAsync(store: store);
        store.Unreachable = true;

        using var ready = await bot.Host.Client.GetAsync("/readyz");
        using var alive = await bot.Host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", (string?)JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!["state-store"]!["status"]);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task When_the_store_fails_during_a_turn_the_user_is_told_something_went_wrong_and_the_process_keeps_serving()
    {
        var store = new InMemoryConversationStateStore();
        await using var bot = await BotScenario.StartAsync(store: store);
        store.Unreachable = true;

        var reply = await bot.AskAsync("conv-1", "hello");
        store.Unreachable = false;
        var next = await bot.AskAsync("conv-1", "hello again");

        Assert.Equal(Localization.BotTexts.English.SomethingWentWrong, reply);
        Assert.StartsWith("alpha #1 ", next);
    }
}
