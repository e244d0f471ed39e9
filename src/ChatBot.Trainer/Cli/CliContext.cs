using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;

namespace ChatBot.Trainer.Cli;

/// <summary>What a command's action needs from its caller: streams, the environment and the original arguments.</summary>
public sealed class CliContext(TrainerEnvironment environment, TextWriter output, TextWriter error, TextReader input, IReadOnlyList<string> arguments)
{
    public TrainerEnvironment Environment { get; } = environment;
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;
    public TextReader Input { get; } = input;

    /// <summary>The command line as typed, to print "run this to resume" hints.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;

    /// <summary>The streams the runners read and write, without the rest of the command line.</summary>
    public RunnerStreams Streams => new(Output, Error, Input, Environment.IsInteractive);
}
