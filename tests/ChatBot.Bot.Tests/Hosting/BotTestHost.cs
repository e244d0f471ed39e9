using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// The real bot application (<see cref="BotApplication.Build"/>) on Kestrel at 127.0.0.1 with a random port, its content
/// root and data in a test folder, logs captured, and optionally a test model loader, store or clock.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private bool _stopped;

    private BotTestHost(WebApplication app, CapturingLoggerProvider logs)
    {
        App = app;
        Logs = logs;
        BaseAddress = new Uri(app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }
    public IServiceProvider Services => App.Services;
    public CapturingLoggerProvider Logs { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }

    public static string ModelPath(TestDirectory directory) => directory.File("model.chatbot");

    public static string DatabasePath(TestDirectory directory) => Path.Combine(directory.Path, "data", "conversations.db");

    /// <summary>Builds and starts the bot; throws what start-up throws (e.g. an options validation failure).</summary>
    public static async Task<BotTestHost> StartAsync(TestDirectory directory, TestBotSetup? setup = null)
    {
        setup ??= new TestBotSetup();
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Model:Path"] = ModelPath(directory),
            ["Bot:Model:ReloadCheckInterval"] = "00:00:00.100",
            ["Bot:StateStore:DataDirectory"] = Path.Combine(directory.Path, "data"),
            ["Bot:Inference:Timeout"] = "00:00:05",
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
        };
        foreach (var (key, value) in setup.Settings)
        {
            settings[key] = value;
        }
        var app = BotApplication.Build(
            new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"], ContentRootPath = directory.Path, EnvironmentName = "Production" },
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
                builder.Logging.SetMinimumLevel(LogLevel.Debug);
                builder.Logging.AddProvider(logs);
                if (setup.Loader is not null)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton(setup.Loader));
                }
                if (setup.Store is not null)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton(setup.Store));
                }
                if (setup.Time is not null)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton(setup.Time));
                }
            });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new BotTestHost(app, logs);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? authorization = null) =>
        PostRawAsync(activity.ToJsonString(), "application/json", authorization);

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }
        return Client.SendAsync(request);
    }

    /// <summary>Posts and checks the bot accepted the activity (HTTP 200).</summary>
    public async Task SendAsync(JsonObject activity)
    {
        using var response = await PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    public Task<StoredConversation?> StoredAsync(string conversationId, string channelId = "emulator") =>
        Get<IConversationStateStore>().GetAsync(new ConversationKey(channelId, conversationId), CancellationToken.None);

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await App.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>What a test changes about the bot it starts.</summary>
public sealed class TestBotSetup
{
    /// <summary>Null: the real loader (<see cref="ChatModelLoader"/>).</summary>
    public IModelLoader? Loader { get; init; }

    /// <summary>Null: the real SQLite store in the test folder.</summary>
    public IConversationStateStore? Store { get; init; }

    public TimeProvider? Time { get; init; }

    /// <summary>Configuration keys over the test defaults, e.g. ["Bot:Turns:MaxInputLength"] = "20".</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];
}
