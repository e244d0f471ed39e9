using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// Messages one conversation may send before it is asked to slow down (a token bucket per conversation, per replica),
/// and requests one client address may make to /api/messages, whatever conversations they name (a token bucket per
/// address, per replica). Section "Bot:RateLimit".
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Bot:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Sustained rate: one more message is allowed every 60 s / this.</summary>
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>Messages allowed at once after a quiet spell.</summary>
    public int Burst { get; set; } = 20;

    /// <summary>A conversation over its limit is told to slow down at most once per this; further messages get no reply.</summary>
    public TimeSpan NoticeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sustained requests per minute from one client address. Channels (Teams, Web Chat) send every user's messages
    /// from a few addresses of their own, so this bounds the whole channel's traffic, not one user's.
    /// </summary>
    public int ClientRequestsPerMinute { get; set; } = 1200;

    /// <summary>Requests one client address may make at once after a quiet spell.</summary>
    public int ClientBurst { get; set; } = 200;
}

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = RateLimitOptions.SectionName;
        problems.CheckRange(options.MessagesPerMinute, 1, 60_000, $"{prefix}:MessagesPerMinute");
        problems.CheckRange(options.Burst, 1, 10_000, $"{prefix}:Burst");
        problems.CheckRange(options.NoticeInterval, TimeSpan.Zero, TimeSpan.FromDays(1), $"{prefix}:NoticeInterval");
        problems.CheckRange(options.ClientRequestsPerMinute, 1, 1_000_000, $"{prefix}:ClientRequestsPerMinute");
        problems.CheckRange(options.ClientBurst, 1, 100_000, $"{prefix}:ClientBurst");
        return problems.ToResult();
    }
}
