using System.CommandLine;
using System.Globalization;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Training;

namespace ChatBot.Trainer.Cli;

/// <summary>"train": learns a model from dialogue corpora. Every option overrides one "Trainer" setting.</summary>
public sealed class TrainCommand : Command
{
    public TrainCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("train", "Train a model on dialogue corpora (truncated BPTT over whole dialogues). Writes the model atomically, "
            + "checkpoints and metrics.csv to the run folder, and a plot of bits per character to MODEL.png.")
    {
        Corpus = OptionFactory.Create<string[]>(
            "--corpus",
            "Corpus file or folder in the project's dialogue format (folders are read recursively). Repeat for several. "
            + $"Default: setting Trainer:Corpus (now: {string.Join(", ", configured.Corpus)}).",
            "PATH");
        Corpus.Arity = ArgumentArity.OneOrMore;
        Model = OptionFactory.Create<string?>(
            "--model",
            $"Where the trained model is written (atomically); its plot goes to PATH.png. Default: setting Trainer:ModelPath (now: {configured.ModelPath}).",
            "PATH");
        RunDirectory = OptionFactory.Create<string?>(
            "--run-dir",
            "Folder for checkpoints and metrics.csv. Default: setting Trainer:RunDirectory, else MODEL.run.",
            "DIR");
        Resume = OptionFactory.Create<bool>(
            "--resume",
            "Continue from the run folder's latest checkpoint; metrics.csv is appended to, not replaced.");
        Steps = Number("--steps", "Training steps (optimizer updates) at most; early stopping may end sooner.", nameof(TrainerOptions.MaxSteps), configured.MaxSteps);
        HiddenUnits = Number("--hidden", "LSTM hidden units per layer.", nameof(TrainerOptions.HiddenSize), configured.HiddenSize);
        Layers = Number("--layers", "Stacked LSTM layers.", nameof(TrainerOptions.Layers), configured.Layers);
        Embedding = Number("--embedding", "Character embedding width (values per character).", nameof(TrainerOptions.EmbeddingSize), configured.EmbeddingSize);
        Batch = Number("--batch", "Dialogues per training step.", nameof(TrainerOptions.BatchSize), configured.BatchSize);
        Bptt = Number("--bptt", "Truncated BPTT window in exchanges (a user turn and the bot's reply); gradients flow back at most this far.", nameof(TrainerOptions.BpttExchanges), configured.BpttExchanges);
        LearningRate = OptionFactory.Double(
            "--lr",
            $"Adam learning rate (peak, reached after warm-up). Default: setting Trainer:LearningRate (now: {configured.LearningRate.ToString(CultureInfo.InvariantCulture)}).");
        Seed = Number("--seed", "Random seed for initial weights, shuffling and the held-out split.", nameof(TrainerOptions.Seed), configured.Seed);
        EvalEvery = Number("--eval-every", "Measure held-out bits per character every N steps (and redraw the plot).", nameof(TrainerOptions.EvalEvery), configured.EvalEvery);
        CheckpointEvery = Number("--checkpoint-every", "Write a resumable checkpoint every N steps.", nameof(TrainerOptions.CheckpointEvery), configured.CheckpointEvery);
        Patience = Number("--patience", "Stop after N evaluations without a better held-out bpc; 0 disables early stopping.", nameof(TrainerOptions.Patience), configured.Patience);
        Threads = Number("--threads", "Torch CPU threads; 0 means one per core.", nameof(TrainerOptions.Threads), configured.Threads);
        Dropout = OptionFactory.Double(
            "--dropout",
            $"Dropout between LSTM layers and before the projection. Default: setting Trainer:Dropout (now: {configured.Dropout.ToString(CultureInfo.InvariantCulture)}).");
        Warmup = Number("--warmup", "Steps of linear learning-rate warm-up.", nameof(TrainerOptions.WarmupSteps), configured.WarmupSteps);
        Memory = Number("--memory", "Recent user characters the decoder attends to and copies from, kept across turns; 0 = no attention.", nameof(TrainerOptions.MemoryLength), configured.MemoryLength);
        Attention = Number("--attention", "Width of the attention's keys and queries.", nameof(TrainerOptions.AttentionSize), configured.AttentionSize);
        Match = Number("--match", "Copy continuation: how many of the decoder's latest characters are compared with the characters before each remembered one; 0 = none.", nameof(TrainerOptions.MatchLength), configured.MatchLength);
        CaseCopy = OptionFactory.Create<bool?>(
            "--case-copy",
            $"Let the pointer copy a character upper- or lower-cased too (true or false). Default: setting Trainer:CaseCopy (now: {configured.CaseCopy.ToString().ToLowerInvariant()}).",
            "true|false");
        Time = OptionFactory.Duration(
            "--time",
            "Wall-clock budget such as 90s, 45m or 1.5h: the learning-rate schedule is fitted to it and training stops when it is spent, "
            + "with the best model (--steps stays an upper bound). Default: setting Trainer:TimeBudget "
            + $"(now: {(configured.TimeBudget is { } budget ? budget.ToString() : "none")}).");
        SkipInvalid = OptionFactory.Create<bool>(
            "--skip-invalid",
            "Skip invalid dialogues (each reported with file:line) instead of stopping at the first one.");

        foreach (var option in new Option[] { Corpus, Model, RunDirectory, Resume, Steps, HiddenUnits, Layers, Embedding, Batch, Bptt, LearningRate, Seed, EvalEvery, CheckpointEvery, Patience, Threads, Dropout, Warmup, Memory, Attention, Match, CaseCopy, Time, SkipInvalid })
        {
            Options.Add(option);
        }

        SetAction((parseResult, cancellationToken) => CommandHost.RunAsync<TrainRunner>(
            context, parseResult.GetValue(settings), ReadOverrides(parseResult),
            runner => runner.RunAsync(parseResult.GetValue(SkipInvalid), cancellationToken)));
    }

    public Option<string[]> Corpus { get; }
    public Option<string?> Model { get; }
    public Option<string?> RunDirectory { get; }
    public Option<bool> Resume { get; }
    public Option<int?> Steps { get; }
    public Option<int?> HiddenUnits { get; }
    public Option<int?> Layers { get; }
    public Option<int?> Embedding { get; }
    public Option<int?> Batch { get; }
    public Option<int?> Bptt { get; }
    public Option<double?> LearningRate { get; }
    public Option<int?> Seed { get; }
    public Option<int?> EvalEvery { get; }
    public Option<int?> CheckpointEvery { get; }
    public Option<int?> Patience { get; }
    public Option<int?> Threads { get; }
    public Option<double?> Dropout { get; }
    public Option<int?> Warmup { get; }
    public Option<int?> Memory { get; }
    public Option<int?> Attention { get; }
    public Option<int?> Match { get; }
    public Option<bool?> CaseCopy { get; }
    public Option<TimeSpan?> Time { get; }
    public Option<bool> SkipInvalid { get; }

    /// <summary>The options given on this command line; the rest stay null and fall back to the settings.</summary>
    public TrainerOptionsOverrides ReadOverrides(ParseResult parseResult) => new()
    {
        Corpus = parseResult.GetValue(Corpus) is { Length: > 0 } corpus ? corpus : null,
        ModelPath = parseResult.GetValue(Model),
        RunDirectory = parseResult.GetValue(RunDirectory),
        Resume = parseResult.GetValue(Resume) ? true : null,
        MaxSteps = parseResult.GetValue(Steps),
        HiddenSize = parseResult.GetValue(HiddenUnits),
        Layers = parseResult.GetValue(Layers),
        EmbeddingSize = parseResult.GetValue(Embedding),
        BatchSize = parseResult.GetValue(Batch),
        BpttExchanges = parseResult.GetValue(Bptt),
        LearningRate = parseResult.GetValue(LearningRate),
        Seed = parseResult.GetValue(Seed),
        EvalEvery = parseResult.GetValue(EvalEvery),
        CheckpointEvery = parseResult.GetValue(CheckpointEvery),
        Patience = parseResult.GetValue(Patience),
        Threads = parseResult.GetValue(Threads),
        Dropout = parseResult.GetValue(Dropout),
        WarmupSteps = parseResult.GetValue(Warmup),
        MemoryLength = parseResult.GetValue(Memory),
        AttentionSize = parseResult.GetValue(Attention),
        MatchLength = parseResult.GetValue(Match),
        CaseCopy = parseResult.GetValue(CaseCopy),
        TimeBudget = parseResult.GetValue(Time),
    };

    // Ranges are checked once, by TrainerOptionsValidator, for settings and options alike.
    private static Option<int?> Number(string name, string description, string setting, int configured) =>
        OptionFactory.Int(name, $"{description} Default: setting Trainer:{setting} (now: {configured}).");
}
