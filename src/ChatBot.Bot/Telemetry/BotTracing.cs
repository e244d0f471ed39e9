using System.Diagnostics;

namespace ChatBot.Bot.Telemetry;

/// <summary>
/// The bot's spans. A turn is traced as request (ASP.NET Core) → chatbot.turn → chatbot.gate (waiting for the
/// conversation's earlier turns and its lock) → chatbot.store.read → chatbot.inference → chatbot.store.write →
/// chatbot.reply (the outbound POST below it comes from the HttpClient instrumentation). Spans carry the hashed
/// conversation id only, never message text.
/// </summary>
public static class BotTracing
{
    public const string SourceName = "ChatBot.Bot";

    public static ActivitySource Source { get; } = new(SourceName);

    public const string ConversationTag = "chatbot.conversation";
}
