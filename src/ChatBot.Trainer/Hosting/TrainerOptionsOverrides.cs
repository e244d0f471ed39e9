using ChatBot.Training.Training;

namespace ChatBot.Trainer.Hosting;

/// <summary>
/// Values given on the command line. Null means "not given": the setting from appsettings.json or the environment
/// stays. Applied after configuration binding, so the command line always wins.
/// </summary>
public sealed record TrainerOptionsOverrides
{
    public static TrainerOptionsOverrides None { get; } = new();

    public IReadOnlyList<string>? Corpus { get; init; }
    public string? ModelPath { get; init; }
    public string? RunDirectory { get; init; }
    public bool? Resume { get; init; }
    public int? MaxSteps { get; init; }
    public int? HiddenSize { get; init; }
    public int? Layers { get; init; }
    public int? EmbeddingSize { get; init; }
    public int? BatchSize { get; init; }
    public int? BpttExchanges { get; init; }
    public double? LearningRate { get; init; }
    public int? Seed { get; init; }
    public int? EvalEvery { get; init; }
    public int? CheckpointEvery { get; init; }
    public int? Patience { get; init; }
    public int? Threads { get; init; }
    public double? Dropout { get; init; }
    public int? WarmupSteps { get; init; }
    public int? MemoryLength { get; init; }
    public int? AttentionSize { get; init; }
    public int? MatchLength { get; init; }
    public bool? CaseCopy { get; init; }
    public TimeSpan? TimeBudget { get; init; }

    public void ApplyTo(TrainerOptions options)
    {
        // A list replaces the configured one whole; binding by index would keep configured entries past its end.
        if (Corpus is { Count: > 0 })
        {
            options.Corpus = [.. Corpus];
        }
        options.ModelPath = ModelPath ?? options.ModelPath;
        options.RunDirectory = RunDirectory ?? options.RunDirectory;
        options.Resume = Resume ?? options.Resume;
        options.MaxSteps = MaxSteps ?? options.MaxSteps;
        options.HiddenSize = HiddenSize ?? options.HiddenSize;
        options.Layers = Layers ?? options.Layers;
        options.EmbeddingSize = EmbeddingSize ?? options.EmbeddingSize;
        options.BatchSize = BatchSize ?? options.BatchSize;
        options.BpttExchanges = BpttExchanges ?? options.BpttExchanges;
        options.LearningRate = LearningRate ?? options.LearningRate;
        options.Seed = Seed ?? options.Seed;
        options.EvalEvery = EvalEvery ?? options.EvalEvery;
        options.CheckpointEvery = CheckpointEvery ?? options.CheckpointEvery;
        options.Patience = Patience ?? options.Patience;
        options.Threads = Threads ?? options.Threads;
        options.Dropout = Dropout ?? options.Dropout;
        options.WarmupSteps = WarmupSteps ?? options.WarmupSteps;
        options.MemoryLength = MemoryLength ?? options.MemoryLength;
        options.AttentionSize = AttentionSize ?? options.AttentionSize;
        options.MatchLength = MatchLength ?? options.MatchLength;
        options.CaseCopy = CaseCopy ?? options.CaseCopy;
        options.TimeBudget = TimeBudget ?? options.TimeBudget;
    }
}
