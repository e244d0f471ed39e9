namespace ChatBot.Training.Corpora;

/// <summary>The kinds of fact a user tells the bot and asks back, as named in the value lists under corpora/tools.</summary>
public static class MemoryKinds
{
    public static readonly IReadOnlyList<string> All = ["name", "colour", "city", "number"];

    public static readonly IReadOnlyList<string> Languages = ["en", "pt"];
}
