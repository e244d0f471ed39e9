using ChatBot.Model.Network;

namespace ChatBot.Model.Files;

/// <summary>Everything in a model file except the weights: shape, alphabet and how it was trained.</summary>
public sealed record ModelMetadata
{
    public required string Name { get; init; }
    public required ModelHyperParameters Hyper { get; init; }
    public required IReadOnlyList<string> Characters { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public string CorpusDescription { get; init; } = "";
    public string CorpusHash { get; init; } = "";
    public long TrainingSteps { get; init; }
    public double TrainingSeconds { get; init; }
    public double? HeldOutBitsPerChar { get; init; }
    public double? HeldOutBitsPerCharReset { get; init; }
    public double? ContextGain { get; init; }
    /// <summary>Free-form facts from the trainer (seed, batch size, command line…).</summary>
    public IReadOnlyDictionary<string, string> Training { get; init; } = new Dictionary<string, string>();
}
