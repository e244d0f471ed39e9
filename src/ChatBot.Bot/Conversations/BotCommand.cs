using ChatBot.Bot.Localization;

namespace ChatBot.Bot.Conversations;

/// <summary>The slash commands the bot understands (English names, with Portuguese aliases).</summary>
public enum BotCommandKind
{
    Help,
    Reset,
    About,
    Unknown,
}

/// <param name="Name">As typed, e.g. "/Reset", for the "unknown command" answer.</param>
/// <param name="Language">
/// The language the command's name is in, which its answer is given in whatever the client's locale: a user who types
/// (or taps) /ajuda wants Portuguese even in an en-US client. Null for an unknown command.
/// </param>
public sealed record BotCommand(BotCommandKind Kind, string Name, BotLanguage? Language)
{
    private static readonly Dictionary<string, (BotCommandKind Kind, BotLanguage Language)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/help"] = (BotCommandKind.Help, BotLanguage.English),
        ["/ajuda"] = (BotCommandKind.Help, BotLanguage.Portuguese),
        ["/reset"] = (BotCommandKind.Reset, BotLanguage.English),
        ["/recomecar"] = (BotCommandKind.Reset, BotLanguage.Portuguese),
        ["/recomeçar"] = (BotCommandKind.Reset, BotLanguage.Portuguese),
        ["/about"] = (BotCommandKind.About, BotLanguage.English),
        ["/sobre"] = (BotCommandKind.About, BotLanguage.Portuguese),
    };

    /// <summary>
    /// A message is a command when it starts with "/" (the first word names it, the rest is ignored) or is exactly the
    /// title of one of the bot's buttons: the Playground's Teams view sends a tapped button's title, not its value.
    /// </summary>
    public static BotCommand? TryParse(string text) => TryParseName(text) ?? TryParseButtonTitle(text);

    private static BotCommand? TryParseName(string text)
    {
        if (!text.StartsWith('/') || text.Length < 2 || char.IsWhiteSpace(text[1]))
        {
            return null;
        }
        var end = text.IndexOf(' ');
        var name = end < 0 ? text : text[..end];
        return Names.TryGetValue(name, out var known)
            ? new BotCommand(known.Kind, name, known.Language)
            : new BotCommand(BotCommandKind.Unknown, name, null);
    }

    private static BotCommand? TryParseButtonTitle(string text) =>
        new[] { BotTexts.English, BotTexts.Portuguese }
            .SelectMany(texts => texts.WelcomeReplies.Concat(texts.HelpReplies))
            .Where(reply => string.Equals(reply.Title, text, StringComparison.OrdinalIgnoreCase))
            .Select(reply => TryParseName(reply.Command))
            .FirstOrDefault();
}
