namespace ChatBot.Model.Conversation;

/// <summary>Stored state bytes could not be used. Callers catch this and start the conversation afresh.</summary>
public class ConversationStateException(string message, Exception? inner = null) : Exception(message, inner);
