namespace ChatBot.Manifest.Configuration;

/// <summary>
/// Settings the packer reads from the top-level appsettings.json and the environment. The key is the one the
/// Bot Framework itself reads, so the bot and its Teams package share one setting.
/// </summary>
public sealed class PackagerOptions
{
    public const string AppIdKey = "MicrosoftAppId";

    /// <summary>The Azure Bot's Microsoft App ID (a GUID); a --app-id option overrides it.</summary>
    public string? MicrosoftAppId { get; set; }
}
