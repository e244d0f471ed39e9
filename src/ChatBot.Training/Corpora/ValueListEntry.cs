namespace ChatBot.Training.Corpora;

/// <summary>One line of a value list: a memory value of a kind, for a language ("en", "pt" or "any").</summary>
public sealed record ValueListEntry(string Kind, string Language, string Value, int Line);
