using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Where traces and metrics go (OpenTelemetry). Section "Bot:Telemetry". Nothing is exported by default.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Bot:Telemetry";
    public const string Grpc = "Grpc";
    public const string HttpProtobuf = "HttpProtobuf";

    /// <summary>An OTLP collector (e.g. http://otel-collector:4317) that receives traces and metrics; empty = none.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>Grpc (port 4317 by convention) or HttpProtobuf (port 4318).</summary>
    public string OtlpProtocol { get; set; } = Grpc;

    /// <summary>Serve the metrics for Prometheus to scrape at <see cref="PrometheusPath"/> on the bot's own port.</summary>
    public bool PrometheusEnabled { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>The service.name resource attribute of everything exported.</summary>
    public string ServiceName { get; set; } = "chatbot";

    public bool UsesOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = TelemetryOptions.SectionName;
        problems.Check(!options.UsesOtlp || (Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"),
            $"{prefix}:OtlpEndpoint", "must be an http:// or https:// URL of an OTLP collector, or empty");
        problems.Check(options.OtlpProtocol is TelemetryOptions.Grpc or TelemetryOptions.HttpProtobuf,
            $"{prefix}:OtlpProtocol", $"must be {TelemetryOptions.Grpc} or {TelemetryOptions.HttpProtobuf}, not '{options.OtlpProtocol}'");
        problems.Check(options.PrometheusPath.StartsWith('/') && !options.PrometheusPath.Contains("/api/", StringComparison.OrdinalIgnoreCase),
            $"{prefix}:PrometheusPath", $"must be a path starting with '/' outside /api/, not '{options.PrometheusPath}'");
        problems.Check(!string.IsNullOrWhiteSpace(options.ServiceName), $"{prefix}:ServiceName", "is empty");
        return problems.ToResult();
    }
}
