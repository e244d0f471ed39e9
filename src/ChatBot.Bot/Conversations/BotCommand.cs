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
public sealed record BotCommand(BotCommandKind Kind, string Name)
{
    private static readonly Dictionary<string, BotCommandKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/help"] = BotCommandKind.Help,
        ["/ajuda"] = BotCommandKind.Help,
        ["/reset"] = BotCommandKind.Reset,
        ["/recomecar"] = BotCommandKind.Reset,
        ["/recomeçar"] = BotCommandKind.Reset,
        ["/about"] = BotCommandKind.About,
        ["/sobre"] = BotCommandKind.About,
    };

    /// <summary>A message is a command when it starts with "/"; the first word names it, the rest is ignored.</summary>
    public static BotCommand? TryParse(string text)
    {
        if (!text.StartsWith('/') || text.Length < 2 || char.IsWhiteSpace(text[1]))
        {
            return null;
        }
        var end = text.IndexOf(' ');
        var name = end < 0 ? text : text[..end];
        return new BotCommand(Names.GetValueOrDefault(name, BotCommandKind.Unknown), name);
    }
}
