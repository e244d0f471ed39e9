using ChatBot.Model.Decoding;

namespace ChatBot.Trainer.Quality;

/// <summary>What one benchmark run measures and with which limits.</summary>
public sealed record QualitySettings
{
    public required IReadOnlyList<string> Decodings { get; init; }
    public int Seed { get; init; } = 1;
    /// <summary>Seen and unseen values per kind and language.</summary>
    public int ProbesPerKind { get; init; } = 24;
    /// <summary>Beam search is not batched: it plays only this many values per kind, language and seen/unseen.</summary>
    public int BeamProbesPerKind { get; init; } = 3;
    /// <summary>Beam search replies to only this many held-out dialogues.</summary>
    public int BeamDialogues { get; init; } = 20;
    /// <summary>
    /// Ablation: every turn starts with an empty attention memory while (h, c) is still carried, so a reply can copy
    /// only from the current user turn. Measures what the persisted memory adds.
    /// </summary>
    public bool TurnMemoryOnly { get; init; }
    public required string HeldOutValuesFile { get; init; }
    public IReadOnlyList<string> WordListFiles { get; init; } = WordLists.DefaultFiles;
    public int MaxTurnLength { get; init; } = 200;
    public int BatchSize { get; init; } = 32;
    /// <summary>Used when the model file does not record the fraction it held out.</summary>
    public double DefaultValidationFraction { get; init; } = 0.05;
    public int DefaultSplitSeed { get; init; } = 1234;
    public int MaxReplyLength { get; init; } = 200;

    public static readonly IReadOnlyList<string> KnownDecodings = ["greedy", "sample", "beam"];

    public DecodingOptions Decoding(string name) => name switch
    {
        "greedy" => new DecodingOptions { Strategy = DecodingStrategy.Greedy, MaxReplyLength = MaxReplyLength },
        "sample" => new DecodingOptions { Strategy = DecodingStrategy.Sample, Temperature = 0.7, TopP = 0.9, Seed = Seed, MaxReplyLength = MaxReplyLength },
        "beam" => new DecodingOptions { Strategy = DecodingStrategy.Beam, BeamWidth = 4, MaxReplyLength = MaxReplyLength },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"unknown decoding; use {string.Join(", ", KnownDecodings)}"),
    };
}
