using System.ComponentModel.DataAnnotations;

namespace ChatBot.Training.Training;

/// <summary>Everything a training run needs; bound from the "Trainer" section of appsettings.json and the CLI.</summary>
public sealed record TrainerOptions
{
    public const string SectionName = "Trainer";

    /// <summary>Corpus files or folders in the project's dialogue format (folders are read recursively, *.txt).</summary>
    [MinLength(1)]
    public List<string> Corpus { get; set; } = ["corpora"];

    /// <summary>Where the finished model is written (atomically).</summary>
    [Required]
    public string ModelPath { get; set; } = "models/default.chatbot";

    /// <summary>Folder for checkpoints, metrics.csv and the plot; defaults to "&lt;ModelPath&gt;.run".</summary>
    public string? RunDirectory { get; set; }

    public bool Resume { get; set; }

    // Network shape.
    [Range(1, 4096)] public int EmbeddingSize { get; set; } = 64;
    [Range(1, 8192)] public int HiddenSize { get; set; } = 256;
    [Range(1, 8)] public int Layers { get; set; } = 2;
    [Range(0.0, 0.9)] public double Dropout { get; set; } = 0.1;
    /// <summary>Recent user characters the decoder attends to and copies from, kept across turns; 0 = no attention.</summary>
    [Range(0, 4096)] public int MemoryLength { get; set; } = 256;
    /// <summary>Width of the attention's keys and queries.</summary>
    [Range(1, 1024)] public int AttentionSize { get; set; } = 48;
    /// <summary>Copy continuation: decoder inputs compared with the characters before each memory slot; 0 = none.</summary>
    [Range(0, ChatBot.Model.Network.ModelHyperParameters.MaxMatchLength)] public int MatchLength { get; set; } = 3;
    /// <summary>The pointer may copy a character upper- or lower-cased as well as as typed.</summary>
    public bool CaseCopy { get; set; } = true;

    // Vocabulary.
    [Range(1, int.MaxValue)] public int MinCharCount { get; set; } = 3;

    // Data.
    [Range(0.0, 0.5)] public double ValidationFraction { get; set; } = 0.05;
    /// <summary>Turns longer than this are cut (characters); keeps padding and memory bounded.</summary>
    [Range(8, 10000)] public int MaxTurnLength { get; set; } = 200;

    // Optimisation.
    [Range(1, 4096)] public int BatchSize { get; set; } = 32;
    /// <summary>Truncated BPTT: gradients flow back through at most this many exchanges (user turn + bot reply).</summary>
    [Range(1, 1000)] public int BpttExchanges { get; set; } = 3;
    [Range(1e-6, 1.0)] public double LearningRate { get; set; } = 0.008;
    [Range(0, int.MaxValue)] public int WarmupSteps { get; set; } = 100;
    [Range(1, int.MaxValue)] public int MaxSteps { get; set; } = 1000;
    /// <summary>
    /// Wall-clock budget of the run (resumed runs count their earlier time): the learning-rate schedule is fitted to
    /// it instead of to <see cref="MaxSteps"/>, and training stops when it is spent. Null = steps only.
    /// </summary>
    public TimeSpan? TimeBudget { get; set; }
    [Range(0.0, 1000.0)] public double ClipNorm { get; set; } = 1.0;
    public int Seed { get; set; } = 1234;

    // Validation, early stopping and checkpoints.
    [Range(1, int.MaxValue)] public int EvalEvery { get; set; } = 100;
    /// <summary>Stop after this many evaluations without a better validation bpc; 0 disables early stopping.</summary>
    [Range(0, int.MaxValue)] public int Patience { get; set; } = 4;
    [Range(1, int.MaxValue)] public int CheckpointEvery { get; set; } = 100;

    /// <summary>Torch intra-op threads; 0 = number of cores.</summary>
    [Range(0, 256)] public int Threads { get; set; }

    public string ResolveRunDirectory() => RunDirectory ?? ModelPath + ".run";
}
