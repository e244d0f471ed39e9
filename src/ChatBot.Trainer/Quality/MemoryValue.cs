namespace ChatBot.Trainer.Quality;

/// <summary>A value a memory probe states and asks for; <see cref="Seen"/> when it occurs in the training dialogues.</summary>
public sealed record MemoryValue(string Kind, string Language, string Value, bool Seen);
