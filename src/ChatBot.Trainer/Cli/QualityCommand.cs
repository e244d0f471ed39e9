using System.CommandLine;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Quality;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>"quality": the quality benchmark (bpc against n-gram baselines, memory probes, replies to held-out prompts).</summary>
public sealed class QualityCommand : Command
{
    public const string DefaultValuesFile = ChatBot.Training.Loop.TrainerOptions.HeldOutValuesDefault;
    /// <summary>The public chit-chat kept for measuring only (the trainer reads *.txt; these are the corpus's own YAML files).</summary>
    public const string DefaultChitChat = "corpora/chitchat";
    private const int DefaultSeed = 1;
    private const int DefaultProbes = 24;
    private const int DefaultBeamProbes = 3;
    private const int DefaultBeamDialogues = 20;

    public QualityCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("quality", "Measure what a user of the bot would notice: held-out bits per character next to n-gram baselines, "
            + "memory of stated facts (name, colour, city, number; English and Portuguese) against a reset control, and "
            + "replies to held-out prompts (loops, real words, language, relevance). Prints the main tables and writes "
            + "quality.json and report.md.")
    {
        Model = new ModelOption(configured);
        Out = OptionFactory.Create<string?>("--out", "Folder for quality.json and report.md. Default: MODEL.quality next to the model.", "DIR");
        Seed = OptionFactory.Int("--seed", $"Seed for sampling, value choice and sample exchanges; the same seed gives the same results. Default: {DefaultSeed}.");
        Decodings = OptionFactory.Create<string?>("--decoding", $"Comma-separated decodings to measure, from {string.Join(", ", QualitySettings.KnownDecodings)}. Default: all.", "LIST");
        Values = OptionFactory.Create<string?>("--values", $"The held-out (unseen) values file. Default: {DefaultValuesFile}.", "FILE");
        Corpus = OptionFactory.Create<string[]>("--corpus", $"Corpus the model was trained on (to rebuild its split); repeat for several. Default: setting Trainer:Corpus (now: {string.Join(", ", configured.Corpus)}).", "PATH");
        Corpus.Arity = ArgumentArity.OneOrMore;
        ChitChat = OptionFactory.Create<string[]>("--chitchat", "Real chit-chat the model was not trained on, in ChatterBot corpus YAML (a file or a folder of them; repeat for several): "
            + $"the bits per character of its replies next to the n-grams'. Default: {DefaultChitChat} when it exists.", "PATH");
        ChitChat.Arity = ArgumentArity.OneOrMore;
        // Smaller runs, for tests and quick looks; the defaults are the benchmark.
        ProbesPerKind = OptionFactory.Int("--probes-per-kind", $"Seen and unseen memory values per kind and language. Default: {DefaultProbes}.", min: 1, max: 1000);
        ProbesPerKind.Hidden = true;
        BeamProbes = OptionFactory.Int("--beam-probes-per-kind", $"Memory values per kind, language and seen/unseen that beam search plays. Default: {DefaultBeamProbes}.", min: 1, max: 1000);
        BeamProbes.Hidden = true;
        BeamDialogues = OptionFactory.Int("--beam-dialogues", $"Held-out dialogues beam search replies to. Default: {DefaultBeamDialogues}.", min: 1, max: 100_000);
        BeamDialogues.Hidden = true;
        TurnMemoryOnly = OptionFactory.Create<bool>("--turn-memory-only",
            "Ablation: each turn starts with an empty attention memory ((h, c) still carried), so replies can copy only from the current turn.");
        foreach (var option in new Option[] { Model, Out, Seed, Decodings, Values, Corpus, ChitChat, ProbesPerKind, BeamProbes, BeamDialogues, TurnMemoryOnly })
        {
            Options.Add(option);
        }

        SetAction((parseResult, cancellationToken) =>
        {
            var request = new QualityRequest(
                ParseDecodings(parseResult.GetValue(Decodings)),
                parseResult.GetValue(Seed) ?? DefaultSeed,
                parseResult.GetValue(Out),
                parseResult.GetValue(Values) ?? DefaultValuesFile,
                parseResult.GetValue(ProbesPerKind) ?? DefaultProbes,
                parseResult.GetValue(BeamProbes) ?? DefaultBeamProbes,
                parseResult.GetValue(BeamDialogues) ?? DefaultBeamDialogues,
                parseResult.GetValue(TurnMemoryOnly),
                parseResult.GetValue(ChitChat) is { Length: > 0 } chitChat ? chitChat : Directory.Exists(DefaultChitChat) ? [DefaultChitChat] : []);
            var overrides = new TrainerOptionsOverrides
            {
                [nameof(TrainerOptions.ModelPath)] = parseResult.GetValue(Model),
                [nameof(TrainerOptions.Corpus)] = parseResult.GetValue(Corpus) is { Length: > 0 } corpus ? corpus : null,
            };
            return CommandHost.RunAsync<QualityRunner>(context, parseResult.GetValue(settings), overrides,
                runner => runner.RunAsync(request, cancellationToken));
        });
    }

    public ModelOption Model { get; }
    public Option<string?> Out { get; }
    public Option<int?> Seed { get; }
    public Option<string?> Decodings { get; }
    public Option<string?> Values { get; }
    public Option<string[]> Corpus { get; }
    public Option<string[]> ChitChat { get; }
    public Option<int?> ProbesPerKind { get; }
    public Option<int?> BeamProbes { get; }
    public Option<int?> BeamDialogues { get; }
    public Option<bool> TurnMemoryOnly { get; }

    /// <exception cref="CommandFailedException">An unknown or repeated decoding (exit code 2).</exception>
    public static IReadOnlyList<string> ParseDecodings(string? text)
    {
        if (text is null)
        {
            return QualitySettings.KnownDecodings;
        }
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = names.Where(n => !QualitySettings.KnownDecodings.Contains(n)).ToList();
        if (names.Length == 0 || unknown.Count > 0)
        {
            throw CommandFailedException.Usage($"--decoding expects a comma-separated list of {string.Join(", ", QualitySettings.KnownDecodings)}, got '{text}'.");
        }
        if (names.Distinct().Count() != names.Length)
        {
            throw CommandFailedException.Usage($"--decoding names a decoding twice: '{text}'.");
        }
        return names;
    }
}
