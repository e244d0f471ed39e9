using System.CommandLine;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>"eval": measures a trained model on a corpus.</summary>
public sealed class EvalCommand : Command
{
    public EvalCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("eval", "Measure a model on dialogues: bits per character of its replies with the state carried through each "
            + "dialogue, with the state reset before every exchange, and the difference (context gain). Lower bpc is better. "
            + "Use dialogues the model was not trained on for a held-out figure.")
    {
        Model = new ModelOption(configured);
        Corpus = OptionFactory.Create<string[]>(
            "--corpus",
            $"Corpus file or folder to evaluate on; repeat for several. Default: setting Trainer:Corpus (now: {string.Join(", ", configured.Corpus)}).",
            "PATH");
        Corpus.Arity = ArgumentArity.OneOrMore;
        SkipInvalid = OptionFactory.Create<bool>("--skip-invalid", "Skip invalid dialogues (reported with file:line) instead of stopping at the first one.");
        Options.Add(Model);
        Options.Add(Corpus);
        Options.Add(SkipInvalid);

        SetAction((parseResult, _) =>
        {
            var overrides = new TrainerOptionsOverrides
            {
                [nameof(TrainerOptions.ModelPath)] = parseResult.GetValue(Model),
                [nameof(TrainerOptions.Corpus)] = parseResult.GetValue(Corpus) is { Length: > 0 } corpus ? corpus : null,
            };
            return CommandHost.RunAsync<EvalRunner>(context, parseResult.GetValue(settings), overrides,
                runner => Task.FromResult(runner.Run(parseResult.GetValue(SkipInvalid))));
        });
    }

    public ModelOption Model { get; }
    public Option<string[]> Corpus { get; }
    public Option<bool> SkipInvalid { get; }
}
