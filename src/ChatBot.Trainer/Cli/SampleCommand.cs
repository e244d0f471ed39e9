using System.CommandLine;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>"sample": one scripted conversation, one prompt per turn.</summary>
public sealed class SampleCommand : Command
{
    public SampleCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("sample", "Run one conversation with a model: each --prompt is a user turn, in order, with the state carried "
            + "between turns; prints every turn and reply.")
    {
        Model = new ModelOption(configured);
        Prompts = OptionFactory.Create<string[]>("--prompt", "A user turn; repeat for a conversation of several turns (at least one).", "TEXT");
        Prompts.Arity = ArgumentArity.OneOrMore;
        Prompts.Required = true;
        Options.Add(Model);
        Options.Add(Prompts);
        Decoding.AddTo(this);

        SetAction((parseResult, cancellationToken) =>
        {
            var decoding = Decoding.Read(parseResult);
            var prompts = parseResult.GetValue(Prompts) ?? [];
            if (prompts.Any(string.IsNullOrWhiteSpace))
            {
                throw CommandFailedException.Usage("--prompt must not be empty.");
            }
            var overrides = new TrainerOptionsOverrides { [nameof(TrainerOptions.ModelPath)] = parseResult.GetValue(Model) };
            return CommandHost.RunAsync<ChatRunner>(context, parseResult.GetValue(settings), overrides,
                runner => runner.SampleAsync(prompts, decoding, cancellationToken));
        });
    }

    public ModelOption Model { get; }
    public Option<string[]> Prompts { get; }
    public DecodingOptionSet Decoding { get; } = new();
}
