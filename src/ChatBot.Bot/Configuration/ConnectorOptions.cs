using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Resilience of the bot's outbound calls to the channel's Bot Connector (replies, typing). Section "Bot:Connector".</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>
    /// Retries of a call the channel cannot have acted on (connection not made, 429, 503), with exponential backoff and
    /// jitter or the channel's Retry-After; see <see cref="Endpoints.ConnectorRetryPolicy"/>.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Limit for one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Limit for one outbound call including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one connector client (per service URL) is reused before a fresh one is made.</summary>
    public TimeSpan ClientLifetime { get; set; } = TimeSpan.FromMinutes(5);
}

internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = ConnectorOptions.SectionName;
        problems.CheckRange(options.MaxRetries, 0, 10, $"{prefix}:MaxRetries");
        problems.CheckRange(options.RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1), $"{prefix}:RetryBaseDelay");
        problems.CheckRange(options.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5), $"{prefix}:AttemptTimeout");
        problems.CheckRange(options.TotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), $"{prefix}:TotalTimeout");
        problems.CheckRange(options.ClientLifetime, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), $"{prefix}:ClientLifetime");
        problems.Check(options.TotalTimeout >= options.AttemptTimeout, $"{prefix}:TotalTimeout",
            $"must not be shorter than {prefix}:AttemptTimeout ({options.AttemptTimeout:c})");
        return problems.ToResult();
    }
}
