namespace ChatBot.Model.Conversation;

/// <summary>The bot's reply to one user turn and the state the next turn must start from.</summary>
public sealed record Reply(string Text, ConversationState State);
