namespace ChatBot.Bot.Localization;

/// <summary>The languages the bot answers commands and notices in.</summary>
public enum BotLanguage
{
    English,
    Portuguese,
}

public static class BotLanguages
{
    /// <summary>"pt", "pt-BR", "pt-PT"… → Portuguese; anything else (or no locale) → English.</summary>
    public static BotLanguage FromLocale(string? locale) =>
        locale is not null
        && locale.StartsWith("pt", StringComparison.OrdinalIgnoreCase)
        && (locale.Length == 2 || locale[2] is '-' or '_')
            ? BotLanguage.Portuguese
            : BotLanguage.English;
}
