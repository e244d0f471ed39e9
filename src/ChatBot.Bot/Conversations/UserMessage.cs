namespace ChatBot.Bot.Conversations;

/// <summary>The user's text as the model will see it.</summary>
/// <param name="Text">Mention removed, normalised, cut to the limit; empty when the message had no usable text.</param>
/// <param name="WasTruncated">The text was longer than the limit and has been cut.</param>
public sealed record UserMessage(string Text, bool WasTruncated);
