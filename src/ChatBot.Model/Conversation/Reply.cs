namespace ChatBot.Model.Conversation;

/// <summary>The bot's reply to one user turn and the state the next turn must start from.</summary>
/// <param name="ReachedLimit">The model did not end the reply: it was cut at the maximum length (at a word boundary).</param>
public sealed record Reply(string Text, ConversationState State, bool ReachedLimit = false);
