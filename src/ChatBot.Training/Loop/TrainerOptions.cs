using System.ComponentModel.DataAnnotations;

namespace ChatBot.Training.Loop;

/// <summary>Everything a training run needs; bound from the "Trainer" section of appsettings.json and the CLI.</summary>
public sealed record TrainerOptions
{
    public const string SectionName = "Trainer";

    /// <summary>Corpus files or folders in the project's dialogue format (folders are read recursively, *.txt).</summary>
    [MinLength(1)]
    [TrainOption("--corpus", "Corpus file or folder in the project's dialogue format (folders are read recursively). Repeat for several.", HelpName = "PATH")]
    public List<string> Corpus { get; set; } = ["corpora"];

    /// <summary>Where the finished model is written (atomically).</summary>
    [Required]
    [TrainOption("--model", "Where the trained model is written (atomically); its plot goes to PATH.png.", HelpName = "PATH")]
    public string ModelPath { get; set; } = "models/default.chatbot";

    /// <summary>Folder for checkpoints, metrics.csv and the plot; defaults to "&lt;ModelPath&gt;.run".</summary>
    [TrainOption("--run-dir", "Folder for checkpoints and metrics.csv (MODEL.run when not set).", HelpName = "DIR")]
    public string? RunDirectory { get; set; }

    [TrainOption("--resume", "Continue from the run folder's latest checkpoint; metrics.csv is appended to, not replaced.")]
    public bool Resume { get; set; }

    // Network shape.
    [Range(1, 4096), TrainOption("--embedding", "Character embedding width (values per character).")]
    public int EmbeddingSize { get; set; } = 64;
    [Range(1, 8192), TrainOption("--hidden", "LSTM hidden units per layer.")]
    public int HiddenSize { get; set; } = 256;
    [Range(1, 8), TrainOption("--layers", "Stacked LSTM layers.")]
    public int Layers { get; set; } = 2;
    [Range(0.0, 0.9), TrainOption("--dropout", "Dropout between LSTM layers and before the projection.")]
    public double Dropout { get; set; } = 0.1;
    [Range(0, 4096), TrainOption("--memory", "Recent user characters the decoder attends to and copies from, kept across turns; 0 = no attention.")]
    public int MemoryLength { get; set; } = 256;
    [Range(1, 1024), TrainOption("--attention", "Width of the attention's keys and queries.")]
    public int AttentionSize { get; set; } = 48;
    [Range(0, ChatBot.Model.Network.ModelHyperParameters.MaxMatchLength)]
    [TrainOption("--match", "Copy continuation: how many of the decoder's latest characters are compared with the characters before each remembered one; 0 = none.")]
    public int MatchLength { get; set; } = 3;
    [TrainOption("--case-copy", "Let the pointer copy a character upper- or lower-cased too (true or false).", HelpName = "true|false")]
    public bool CaseCopy { get; set; } = true;

    // Vocabulary.
    [Range(1, int.MaxValue)] public int MinCharCount { get; set; } = 3;

    // Data.
    [Range(0.0, 0.5)] public double ValidationFraction { get; set; } = 0.05;
    /// <summary>Turns longer than this are cut (characters); keeps padding and memory bounded.</summary>
    [Range(8, 10000)] public int MaxTurnLength { get; set; } = 200;
    /// <summary>Share of training dialogues fed with their memory values swapped for fresh ones (see <see cref="Augmentation.FreshValues"/>).</summary>
    [Range(0.0, 1.0), TrainOption("--fresh-values", "Share of training dialogues (0 to 1) whose told names, colours, cities and numbers are swapped for fresh ones "
        + "each time they are fed, so values must be copied rather than memorised.", HelpName = "P")]
    public double FreshValues { get; set; } = 0.5;
    /// <summary>The memory values the corpus generator wrote (kind, language, value), found and swapped by <see cref="FreshValues"/>.</summary>
    [TrainOption("--memory-values", "List of the corpus's memory values (kind, language, value; written by the corpus generator).", HelpName = "PATH")]
    public string MemoryValuesFile { get; set; } = "corpora/tools/memory-values.tsv";
    /// <summary>Values a fresh value may never be: the quality benchmark's unseen set.</summary>
    [TrainOption("--held-out-values", "Values never to train on (the quality benchmark's unseen values).", HelpName = "PATH")]
    public string HeldOutValuesFile { get; set; } = HeldOutValuesDefault;

    /// <summary>The quality benchmark's unseen values, the default of both the trainer's and the benchmark's option.</summary>
    public const string HeldOutValuesDefault = "corpora/tools/heldout-values.tsv";

    // Optimisation.
    [Range(1, 4096), TrainOption("--batch", "Dialogues per training step.")]
    public int BatchSize { get; set; } = 32;
    [Range(1, 1000), TrainOption("--bptt", "Truncated BPTT window in exchanges (a user turn and the bot's reply); gradients flow back at most this far.")]
    public int BpttExchanges { get; set; } = 3;
    [Range(1e-6, 1.0), TrainOption("--lr", "Adam learning rate (peak, reached after warm-up).")]
    public double LearningRate { get; set; } = 0.008;
    [Range(0, int.MaxValue), TrainOption("--warmup", "Steps of linear learning-rate warm-up.")]
    public int WarmupSteps { get; set; } = 100;
    [Range(1, int.MaxValue), TrainOption("--steps", "Training steps (optimizer updates) at most; early stopping may end sooner.")]
    public int MaxSteps { get; set; } = 1000;
    /// <summary>
    /// Wall-clock budget of the run (resumed runs count their earlier time): the learning-rate schedule is fitted to
    /// it instead of to <see cref="MaxSteps"/>, and training stops when it is spent. Null = steps only.
    /// </summary>
    [TrainOption("--time", "Wall-clock budget such as 90s, 45m or 1.5h: the learning-rate schedule is fitted to it and training stops when it is spent, "
        + "with the best model (--steps stays an upper bound).", HelpName = "TIME")]
    public TimeSpan? TimeBudget { get; set; }
    /// <summary>Label smoothing ε of the training objective (see <c>EncoderDecoderNetwork.DecodeLoss</c>); the reported losses stay plain cross-entropy.</summary>
    [Range(0.0, 0.5), TrainOption("--label-smoothing", "Label smoothing (0 to 0.5) of the generator: the training target keeps 1 - E of its weight on the right character and "
        + "spreads E over every symbol of the generator's softmax (the copy is not smoothed), against over-confidence in the corpus's phrasings; 0 = plain cross-entropy.", HelpName = "E")]
    public double LabelSmoothing { get; set; } = 0.1;
    [Range(0.0, 1000.0)] public double ClipNorm { get; set; } = 1.0;
    [TrainOption("--seed", "Random seed for initial weights, shuffling and the held-out split.")]
    public int Seed { get; set; } = 1234;

    // Validation, early stopping and checkpoints.
    [Range(1, int.MaxValue), TrainOption("--eval-every", "Measure held-out bits per character every N steps (and redraw the plot).")]
    public int EvalEvery { get; set; } = 100;
    [Range(0, int.MaxValue), TrainOption("--patience", "Stop after N evaluations without a better held-out bpc; 0 disables early stopping.")]
    public int Patience { get; set; } = 4;
    [Range(1, int.MaxValue), TrainOption("--checkpoint-every", "Write a resumable checkpoint every N steps.")]
    public int CheckpointEvery { get; set; } = 100;

    [Range(0, 256), TrainOption("--threads", "Torch CPU threads; 0 means one per core.")]
    public int Threads { get; set; }

    public string ResolveRunDirectory() => RunDirectory ?? ModelPath + ".run";
}
