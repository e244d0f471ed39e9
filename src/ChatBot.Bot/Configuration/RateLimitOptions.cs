using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// Messages one conversation may send before it is asked to slow down (a token bucket per conversation, per replica).
/// Section "Bot:RateLimit".
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Bot:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Sustained rate: one more message is allowed every 60 s / this.</summary>
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>Messages allowed at once after a quiet spell.</summary>
    public int Burst { get; set; } = 20;
}

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = RateLimitOptions.SectionName;
        problems.CheckRange(options.MessagesPerMinute, 1, 60_000, $"{prefix}:MessagesPerMinute");
        problems.CheckRange(options.Burst, 1, 10_000, $"{prefix}:Burst");
        return problems.ToResult();
    }
}
