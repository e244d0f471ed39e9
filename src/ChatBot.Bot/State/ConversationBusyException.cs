namespace ChatBot.Bot.State;

/// <summary>An earlier turn of the conversation, on another replica, still held the conversation when the wait ran out.</summary>
public sealed class ConversationBusyException(string message) : Exception(message);
