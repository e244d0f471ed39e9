namespace ChatBot.Manifest.Packaging;

/// <summary>
/// The Microsoft App ID of the Azure Bot registration: the GUID that Teams uses as the bot id (and here as the app id).
/// </summary>
public readonly record struct BotAppId
{
    /// <summary>An example of the accepted form, for error messages.</summary>
    public const string ExampleText = "00000000-0000-0000-0000-000000000000";

    private BotAppId(Guid value) => Value = value;

    public Guid Value { get; }

    /// <summary>
    /// Accepts only the hyphenated 8-4-4-4-12 form, the only one the Teams manifest schema allows, and rejects the
    /// all-zero GUID, which no Azure registration can have (it usually means a value was never filled in).
    /// </summary>
    public static bool TryParse(string? text, out BotAppId appId, out string error)
    {
        appId = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = "the bot app id is empty";
            return false;
        }

        if (!Guid.TryParseExact(trimmed, "D", out var guid))
        {
            error = $"the bot app id '{trimmed}' is not a GUID in the form {ExampleText}";
            return false;
        }

        if (guid == Guid.Empty)
        {
            error = $"the bot app id '{trimmed}' is the all-zero GUID; use the Microsoft App ID of your Azure Bot";
            return false;
        }

        appId = new BotAppId(guid);
        error = string.Empty;
        return true;
    }

    /// <summary>Lower-case hyphenated form, as the Azure portal shows it.</summary>
    public override string ToString() => Value.ToString("D");
}
