using ChatBot.Bot.Endpoints;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// Who may use the bot when it runs without Bot Framework credentials (MicrosoftAppId empty): by default only callers
/// on this machine, replying only to service URLs on this machine. Section "Bot:Access".
/// </summary>
public sealed class AccessOptions
{
    public const string SectionName = "Bot:Access";

    /// <summary>
    /// Run without credentials although the bot listens on an address other machines can reach. Off: without an app
    /// id the bot starts only when it listens on loopback addresses alone.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// Without credentials, service URLs (besides loopback ones) that replies may be sent to; a service URL matches an
    /// entry with the same scheme, host and port whose path it starts with.
    /// </summary>
    public string[] AnonymousServiceUrls { get; set; } = [];
}

internal sealed class AccessOptionsValidator(IConfiguration configuration) : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = AccessOptions.SectionName;
        for (var i = 0; i < options.AnonymousServiceUrls.Length; i++)
        {
            problems.Check(AnonymousAccess.IsServiceUrlEntry(options.AnonymousServiceUrls[i]), $"{prefix}:AnonymousServiceUrls:{i}",
                $"must be an absolute http(s) URL without query or fragment, not '{options.AnonymousServiceUrls[i]}'");
        }
        var authenticated = configuration.Get<BotFrameworkOptions>()?.AuthenticationEnabled ?? false;
        if (!authenticated && !options.AllowAnonymous)
        {
            var exposed = AnonymousAccess.ReachableListenUrls(configuration);
            problems.Check(exposed.Count == 0, $"{prefix}:AllowAnonymous",
                $"is false, MicrosoftAppId is empty and the bot would listen on {string.Join(", ", exposed)}, which other machines can reach. " +
                "Set MicrosoftAppId and MicrosoftAppPassword, listen on loopback addresses only (e.g. --urls http://127.0.0.1:3978), " +
                "or set this to true to accept unauthenticated requests from the network");
        }
        return problems.ToResult();
    }
}
