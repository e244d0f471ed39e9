using ChatBot.Bot.Inference;

namespace ChatBot.Bot.Conversations;

/// <summary>What a turn produced.</summary>
/// <param name="ReplyText">The model's reply; null when the turn failed and the fallback must be sent.</param>
/// <param name="Failure">Why there is no reply.</param>
/// <param name="TurnCount">Turns answered in this conversation, this one included (unchanged on failure).</param>
public sealed record TurnOutcome(string? ReplyText, InferenceFailure Failure, long TurnCount)
{
    public bool Succeeded => ReplyText is not null;
}
