namespace ChatBot.Bot.State;

/// <summary>What is kept per conversation.</summary>
/// <param name="State">The model's serialised recurrent state (<see cref="ChatBot.Model.Conversation.ConversationState.ToBytes"/>).</param>
/// <param name="ModelFingerprint">The model that produced <paramref name="State"/>; another model cannot continue it.</param>
/// <param name="TurnCount">Turns answered since the conversation (re)started.</param>
/// <param name="UpdatedAt">When the state was last written; drives expiry.</param>
public sealed record ConversationRecord(byte[] State, string ModelFingerprint, long TurnCount, DateTimeOffset UpdatedAt);
