namespace ChatBot.Trainer.Inspection;

/// <summary>Attention from a reply character to the user's character at <see cref="Turn"/>, <see cref="Index"/>.</summary>
public readonly record struct AttentionLink(int Turn, int Index, float Weight);
