using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// The Bot Framework's own top-level keys, which the SDK's ConfigurationBotFrameworkAuthentication reads directly.
/// Bound here only to check them at start-up. An empty MicrosoftAppId means local testing without authentication.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string MicrosoftAppType { get; set; } = "";
    public string MicrosoftAppId { get; set; } = "";
    public string MicrosoftAppPassword { get; set; } = "";
    public string MicrosoftAppTenantId { get; set; } = "";

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var problems = new OptionsProblems();
        var type = options.MicrosoftAppType;
        problems.Check(string.IsNullOrEmpty(type) || AppTypes.Contains(type, StringComparer.OrdinalIgnoreCase), "MicrosoftAppType",
            $"must be empty, MultiTenant, SingleTenant or UserAssignedMSI, not '{type}'");
        if (options.AuthenticationEnabled)
        {
            var managedIdentity = string.Equals(type, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
            problems.Check(managedIdentity || !string.IsNullOrEmpty(options.MicrosoftAppPassword), "MicrosoftAppPassword",
                "is required when MicrosoftAppId is set (leave MicrosoftAppId empty to test locally without authentication)");
            problems.Check(!(managedIdentity || string.Equals(type, "SingleTenant", StringComparison.OrdinalIgnoreCase))
                           || !string.IsNullOrEmpty(options.MicrosoftAppTenantId), "MicrosoftAppTenantId",
                $"is required when MicrosoftAppType is {type}");
        }
        else
        {
            problems.Check(string.IsNullOrEmpty(options.MicrosoftAppPassword), "MicrosoftAppId",
                "is empty but MicrosoftAppPassword is set; set both for a registered bot, or neither for local testing");
        }
        return problems.ToResult();
    }
}
