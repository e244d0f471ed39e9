using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Polly.Telemetry;
using PollyTelemetryOptions = Polly.Telemetry.TelemetryOptions;
using TelemetryOptions = ChatBot.Bot.Configuration.TelemetryOptions;

namespace ChatBot.Bot.Telemetry;

/// <summary>
/// OpenTelemetry for the bot: our own meter and spans plus ASP.NET Core, HttpClient and runtime instrumentation,
/// exported as Bot:Telemetry says (OTLP, a Prometheus scrape endpoint, or nothing: then the SDK is not even added).
/// Also quietens Polly: its per-attempt events go to Debug.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>Polly's event for every attempt of every outbound call, successful ones included.</summary>
    private const string ExecutionAttemptEvent = "ExecutionAttempt";

    /// <remarks>Reads Bot:Telemetry from the finished configuration (so call it after tests or hosts add theirs).</remarks>
    public static void AddBotTelemetry(WebApplicationBuilder builder)
    {
        // One line per attempt of every reply posted (a quarter of all log lines under load) is detail, not news;
        // retries themselves are still logged at Warning by Polly's OnRetry event.
        builder.Services.Configure<PollyTelemetryOptions>(options =>
            options.SeverityProvider = args => args.Event.EventName == ExecutionAttemptEvent ? ResilienceEventSeverity.Debug : args.Event.Severity);

        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()
            ?? new TelemetryOptions();
        if (!settings.UsesOtlp && !settings.PrometheusEnabled)
        {
            return;
        }
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(settings.ServiceName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation();
            if (settings.PrometheusEnabled)
            {
                // Scrapes come every few seconds at most; a cached answer would hide the turns of the last moments.
                metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
            }
            if (settings.UsesOtlp)
            {
                metrics.AddOtlpExporter(exporter => ConfigureOtlp(exporter, settings));
            }
        });
        if (settings.UsesOtlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(BotTracing.SourceName)
                .AddAspNetCoreInstrumentation()
                // Reply URLs contain the raw conversation id, which never leaves the process unhashed.
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = (activity, request) =>
                    activity.SetTag("url.full", request.RequestUri is { } uri ? uri.GetLeftPart(UriPartial.Authority) + "/…" : null))
                .AddOtlpExporter(exporter => ConfigureOtlp(exporter, settings)));
        }
    }

    /// <summary>Maps the Prometheus scrape endpoint when Bot:Telemetry:PrometheusEnabled is on.</summary>
    public static void MapBotTelemetry(WebApplication app)
    {
        var settings = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>();
        if (settings?.PrometheusEnabled == true)
        {
            app.MapPrometheusScrapingEndpoint(settings.PrometheusPath);
        }
    }

    private static void ConfigureOtlp(OtlpExporterOptions exporter, TelemetryOptions settings)
    {
        // Checked at start-up by TelemetryOptionsValidator; a bad value never gets this far in a running bot.
        if (Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            exporter.Endpoint = endpoint;
        }
        exporter.Protocol = settings.OtlpProtocol == TelemetryOptions.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
