using System.CommandLine;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>"inspect": a conversation drawn — the characters, what they cost, the gates, the cells and the attention.</summary>
public sealed class InspectCommand : Command
{
    public InspectCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("inspect", "Play a conversation through the model as the bot does (greedy) and draw it: every turn's characters, "
            + "the bits each reply character cost, the mean gate activity per layer, the cell states of the cells that moved most, "
            + "and what the attention copied. Writes one self-contained HTML page and a PNG of the same figure next to it.")
    {
        Model = new ModelOption(configured);
        Prompts = OptionFactory.Create<string[]>("--prompt", "A user turn; repeat for a conversation of several turns. Without it, the turns are read from the input, one per line.", "TEXT");
        Prompts.Arity = ArgumentArity.OneOrMore;
        Out = OptionFactory.Create<string?>("--out", "The HTML page to write (the PNG gets the same name with .png). Default: inspection.html.", "FILE.html");
        Options.Add(Model);
        Options.Add(Prompts);
        Options.Add(Out);

        SetAction((parseResult, cancellationToken) =>
        {
            var prompts = parseResult.GetValue(Prompts) ?? [];
            if (prompts.Any(string.IsNullOrWhiteSpace))
            {
                throw CommandFailedException.Usage("--prompt must not be empty.");
            }
            var output = parseResult.GetValue(Out) ?? "inspection.html";
            if (!output.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                throw CommandFailedException.Usage($"--out must name an .html file (got '{output}').");
            }
            var overrides = new TrainerOptionsOverrides { [nameof(TrainerOptions.ModelPath)] = parseResult.GetValue(Model) };
            return CommandHost.RunAsync<InspectRunner>(context, parseResult.GetValue(settings), overrides,
                runner => runner.RunAsync(prompts, output, cancellationToken));
        });
    }

    public ModelOption Model { get; }
    public Option<string[]> Prompts { get; }
    public Option<string?> Out { get; }
}
