using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Limits on one conversation turn. Section "Bot:Turns".</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Bot:Turns";

    /// <summary>Longer user messages are cut to this many characters (and the user is told), not rejected.</summary>
    public int MaxInputLength { get; set; } = 500;

    /// <summary>
    /// The typing indicator is shown only if the reply takes longer than this (as the SDK's ShowTypingMiddleware does):
    /// a reply that comes at once needs none, and each indicator is one more outbound call to the channel.
    /// </summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>While a reply is being generated, the typing indicator is repeated this often.</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Largest accepted POST /api/messages body; bigger requests get 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}

internal sealed class TurnOptionsValidator : IValidateOptions<TurnOptions>
{
    public ValidateOptionsResult Validate(string? name, TurnOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = TurnOptions.SectionName;
        problems.CheckRange(options.MaxInputLength, 1, 100_000, $"{prefix}:MaxInputLength");
        problems.CheckRange(options.TypingDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1), $"{prefix}:TypingDelay");
        problems.CheckRange(options.TypingInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), $"{prefix}:TypingInterval");
        problems.CheckRange(options.MaxRequestBytes, 1024, 64 * 1024 * 1024, $"{prefix}:MaxRequestBytes");
        return problems.ToResult();
    }
}
