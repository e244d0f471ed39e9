using System.Net;
using ChatBot.Bot.State;
using ChatBot.Bot.State.Sqlite;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>Start-up: settings are checked with messages that say what to fix; the shipped settings file works as is.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_missing_model_file_stops_start_up_with_a_message_naming_the_key_and_its_environment_variable()
    {
        using var directory = new TestDirectory();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotTestHost.StartAsync(directory, new TestBotSetup { Loader = new TestModelLoader() }));

        Assert.Contains("Bot:Model:Path", failure.Message);
        Assert.Contains("Bot__Model__Path", failure.Message);
        Assert.Contains(BotTestHost.ModelPath(directory), failure.Message);
    }

    [Fact]
    public async Task Every_out_of_range_setting_is_reported_at_once()
    {
        using var directory = new TestDirectory();
        TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");
        var setup = new TestBotSetup
        {
            Loader = new TestModelLoader(),
            Settings = new()
            {
                ["Bot:Turns:MaxInputLength"] = "0",
                ["Bot:Decoding:TopP"] = "2",
                ["Bot:Inference:Timeout"] = "00:00:00",
            },
        };

        // One OptionsValidationException per settings section, together.
        var failure = await Assert.ThrowsAsync<AggregateException>(() => BotTestHost.StartAsync(directory, setup));

        var message = string.Join("\n", failure.InnerExceptions.OfType<OptionsValidationException>().SelectMany(exception => exception.Failures));
        Assert.Contains("Bot:Turns:MaxInputLength: must be between 1 and 100000, not 0", message);
        Assert.Contains("Bot:Decoding:TopP", message);
        Assert.Contains("Bot:Inference:Timeout", message);
        Assert.StartsWith("The bot cannot start; fix these settings:", StartupFailure.Describe(failure));
    }

    [Fact]
    public async Task An_app_id_without_a_password_stops_start_up()
    {
        using var directory = new TestDirectory();
        TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");
        var setup = new TestBotSetup { Loader = new TestModelLoader(), Settings = new() { ["MicrosoftAppId"] = "some-app-id" } };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(directory, setup));

        Assert.Contains("MicrosoftAppPassword: is required when MicrosoftAppId is set", failure.Message);
    }

    [Fact]
    public async Task A_model_file_that_cannot_be_loaded_stops_start_up_naming_the_file()
    {
        using var directory = new TestDirectory();
        File.WriteAllText(BotTestHost.ModelPath(directory), "not a model");

        var failure = await Assert.ThrowsAsync<Models.ModelStartupException>(() =>
            BotTestHost.StartAsync(directory, new TestBotSetup { Loader = new TestModelLoader() }));

        Assert.Contains(BotTestHost.ModelPath(directory), failure.Message);
        Assert.Contains("cannot be loaded", failure.Message);
        Assert.StartsWith("The bot cannot start: The model file", StartupFailure.Describe(failure));
    }

    [Fact]
    public async Task The_shipped_appsettings_json_starts_the_bot_with_paths_relative_to_the_content_root()
    {
        // A copy of the repository's settings file as the only configuration, in a content root holding the default
        // model where the settings expect it: models/default.chatbot, states under data/.
        using var root = new TestDirectory();
        File.Copy(Repository.File("appsettings.json"), root.File("appsettings.json"));
        Directory.CreateDirectory(root.File("models"));
        TestModelLoader.WriteModelFile(root.File("models/default.chatbot"), "shipped", "shipped-fp");
        await using var connector = await FakeBotConnector.StartAsync();

        var app = BotApplication.Build(new Microsoft.AspNetCore.Builder.WebApplicationOptions
        {
            Args = ["--urls", "http://127.0.0.1:0"],
            ContentRootPath = root.Path,
            EnvironmentName = "Production",
        }, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Services.Replace(ServiceDescriptor.Singleton<Models.IModelLoader>(new TestModelLoader()));
        });
        await using (app)
        {
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            using var response = await client.PostAsync("/api/messages",
                new StringContent(Activities.Message(connector.ServiceUrl, "conv-1", "hello").ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("shipped #1 ", Assert.Single(connector.TextsIn("conv-1")));
            Assert.True(File.Exists(root.File("data/conversations.db")));
            var store = Assert.IsType<SqliteConversationStateStore>(app.Services.GetRequiredService<IConversationStateStore>());
            Assert.Equal(root.File("data/conversations.db"), store.DatabasePath);
            await app.StopAsync();
        }
    }
}
