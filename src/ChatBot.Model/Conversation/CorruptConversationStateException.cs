namespace ChatBot.Model.Conversation;

/// <summary>The bytes are not a conversation state at all: wrong magic, unknown version, truncated or damaged.</summary>
public sealed class CorruptConversationStateException(string message, Exception? inner = null)
    : ConversationStateException(message, inner);
