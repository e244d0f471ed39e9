namespace ChatBot.Bot.State;

/// <summary>A stored record with its version: 1 after the first write, +1 with every write since.</summary>
public sealed record StoredConversation(ConversationRecord Record, long Version);
