namespace ChatBot.Trainer.Inspection;

/// <param name="User">The user's characters as the encoder read them.</param>
/// <param name="Reply">The reply's characters as the decoder wrote them (greedy, as the bot does by default).</param>
/// <param name="ReplyText">The reply as the bot would send it.</param>
public sealed record TracedTurn(IReadOnlyList<TracedCharacter> User, IReadOnlyList<TracedCharacter> Reply, string ReplyText);
