namespace ChatBot.Bot.Localization;

/// <summary>A suggested action: a button that sends <paramref name="Command"/> as the user's message when tapped.</summary>
/// <param name="Title">What the button says; some clients send it instead of the command, so it is read as that command too.</param>
/// <param name="Command">What it sends: always a command, so a tap never becomes a model turn.</param>
public sealed record QuickReply(string Title, string Command);
