namespace ChatBot.Trainer.Quality;

/// <summary>Everything a run found: the numbers, what they were measured on, warnings and sample exchanges per set.</summary>
public sealed class QualityResult
{
    public MetricSink Metrics { get; } = new();

    /// <summary>Facts about the run (model, corpus, split, symbols, word lists), in order, for the report.</summary>
    public List<KeyValuePair<string, string>> About { get; } = [];

    /// <summary>Things the reader must know because they weaken the numbers (another corpus, a guessed split…).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Set name ("memory.greedy", "replies.sample"…) → sample exchanges.</summary>
    public List<KeyValuePair<string, IReadOnlyList<SampleExchange>>> Samples { get; } = [];
}
