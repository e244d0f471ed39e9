using System.CommandLine;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>"chat": an interactive conversation with a model on the console (or piped input).</summary>
public sealed class ChatCommand : Command
{
    public ChatCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("chat", $"Talk to a model: each input line is a user turn, answered on a 'bot>' line. The conversation state "
            + $"is carried from turn to turn as in the bot; {ChatRunner.ResetCommand} forgets it, {ChatRunner.QuitCommand} or end of input exits. "
            + "Reads piped input too.")
    {
        Model = new ModelOption(configured);
        Options.Add(Model);
        Decoding.AddTo(this);

        SetAction((parseResult, cancellationToken) =>
        {
            var decoding = Decoding.Read(parseResult);
            var overrides = new TrainerOptionsOverrides { [nameof(TrainerOptions.ModelPath)] = parseResult.GetValue(Model) };
            return CommandHost.RunAsync<ChatRunner>(context, parseResult.GetValue(settings), overrides,
                runner => runner.ChatAsync(decoding, cancellationToken));
        });
    }

    public ModelOption Model { get; }
    public DecodingOptionSet Decoding { get; } = new();
}
