using ChatBot.Bot.Configuration;
using ChatBot.Bot.Conversations;
using ChatBot.Bot.Endpoints;
using ChatBot.Bot.Health;
using ChatBot.Bot.Inference;
using ChatBot.Bot.Models;
using ChatBot.Bot.SdkWorkarounds;
using ChatBot.Bot.State;
using ChatBot.Bot.Telemetry;
using ChatBot.Model.Decoding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ChatBot.Bot;

/// <summary>Builds the bot's web application: configuration, services, endpoints. Program.cs and the tests both start it here.</summary>
public static class BotApplication
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <param name="customize">Runs after the bot's own registrations (tests replace services or add configuration here).</param>
    public static WebApplication Build(WebApplicationOptions options, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        AddBotServices(builder.Services);
        // The Bot Framework SDK logs conversation ids at Information, and so does the HTTP client logging of outbound
        // calls (they are in the reply URLs); our own logs hash them.
        builder.Logging.AddFilter("Microsoft.Bot", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient." + BotConnectorHttpClientFactory.ClientName, LogLevel.Warning);
        customize?.Invoke(builder);
        TelemetryRegistration.AddBotTelemetry(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var app = builder.Build();
        app.UseRateLimiter();
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync).RequireRateLimiting(ClientRateLimiting.PolicyName);
        app.MapHealthEndpoints();
        TelemetryRegistration.MapBotTelemetry(app);
        app.Lifetime.ApplicationStarted.Register(() => ReportListening(app));
        return app;
    }

    public static void AddBotServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);

        AddValidatedOptions<ModelOptions, ModelOptionsValidator>(services, ModelOptions.SectionName);
        AddValidatedOptions<DecodingOptions, DecodingOptionsValidator>(services, DecodingOptionsValidator.SectionName);
        AddValidatedOptions<TurnOptions, TurnOptionsValidator>(services, TurnOptions.SectionName);
        AddValidatedOptions<InferenceOptions, InferenceOptionsValidator>(services, InferenceOptions.SectionName);
        AddValidatedOptions<StateStoreOptions, StateStoreOptionsValidator>(services, StateStoreOptions.SectionName);
        AddValidatedOptions<RedisStoreOptions, RedisStoreOptionsValidator>(services, RedisStoreOptions.SectionName);
        AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(services, RateLimitOptions.SectionName);
        AddValidatedOptions<ConnectorOptions, ConnectorOptionsValidator>(services, ConnectorOptions.SectionName);
        AddValidatedOptions<RecallOptions, RecallOptionsValidator>(services, RecallOptions.SectionName);
        AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(services, TelemetryOptions.SectionName);
        services.AddSingleton<BotMetrics>();
        AddValidatedOptions<AccessOptions, AccessOptionsValidator>(services, AccessOptions.SectionName);
        // The Bot Framework keys live at the top level of the configuration, where the SDK reads them.
        services.AddOptions<BotFrameworkOptions>().Configure<IConfiguration>((options, configuration) => configuration.Bind(options)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();

        // Model hosting: loaded before the first message, swapped when the file changes.
        services.AddSingleton<IModelLoader, ChatModelLoader>();
        services.AddSingleton<ModelHost>();
        services.AddHostedService<ModelStartupService>();
        services.AddHostedService<ModelReloadService>();

        // Conversation state: SQLite or Redis (Bot:StateStore:Provider).
        StateStoreRegistration.AddConversationState(services);
        services.AddHostedService<StateStoreStartupService>();
        services.AddHostedService<IdleConversationSweeper>();

        // Turns.
        services.AddSingleton<InferenceScheduler>();
        services.AddSingleton<InferenceRunner>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<IBot, ChatActivityHandler>();

        // Bot Framework: authentication (reads MicrosoftApp* from the configuration) with a resilient outbound client.
        services.AddHttpClient(BotConnectorHttpClientFactory.ClientName)
            .AddResilienceHandler("bot-connector", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryBaseDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldHandle = ConnectorRetryPolicy.ShouldRetryAsync,
                        // Honours Retry-After of 429/503 (capped by TotalTimeout).
                        ShouldRetryAfterHeader = true,
                    });
                }
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.AddSingleton<ConnectorClientCache>();
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ConnectorReusingAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                httpClientFactory: new BotConnectorHttpClientFactory(provider.GetRequiredService<IHttpClientFactory>()),
                logger: provider.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.Bot.Connector")),
            provider.GetRequiredService<ConnectorClientCache>()));
        services.AddSingleton<ChatBotAdapter>();
        ClientRateLimiting.AddClientRateLimiting(services);

        services.AddHealthChecks()
            .AddCheck<ModelHealthCheck>("model", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<StateStoreHealthCheck>("state-store", tags: [HealthEndpoints.ReadyTag]);
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>()
            // Before binding, so that an unknown enum name is one more problem in the start-up list.
            .Configure<IConfiguration>((_, configuration) => EnumSettings.ThrowIfUnknown<TOptions>(configuration.GetSection(section)))
            .BindConfiguration(section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    private static void ReportListening(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var authentication = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.AuthenticationEnabled;
        var models = app.Services.GetRequiredService<ModelHost>();
        var store = app.Services.GetRequiredService<IConversationStateStore>();
        app.Logger.LogInformation(
            "ChatBot is listening: POST {Endpoints} (authentication {Authentication}); model {ModelPath}; conversation states {StatePath}",
            string.Join(", ", addresses.Select(address => address.TrimEnd('/') + MessagesEndpoint.Route)),
            authentication ? "on" : "off, for local testing",
            models.ModelPath,
            store.Location);
        if (!authentication)
        {
            var access = app.Services.GetRequiredService<IOptions<AccessOptions>>().Value;
            var reachable = AnonymousAccess.ReachableListenUrls(app.Services.GetRequiredService<IConfiguration>());
            app.Logger.LogWarning(
                "Authentication is off (MicrosoftAppId is empty): every request is accepted unverified{Exposure}; replies go only to loopback service URLs{Allowed}",
                reachable.Count == 0 ? " from this machine" : $", also from other machines ({string.Join(", ", reachable)}; Bot:Access:AllowAnonymous)",
                access.AnonymousServiceUrls.Length == 0 ? "" : " and " + string.Join(", ", access.AnonymousServiceUrls));
        }
    }
}
