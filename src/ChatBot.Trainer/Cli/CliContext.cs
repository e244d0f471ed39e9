using ChatBot.Trainer.Hosting;
using Spectre.Console;

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

    /// <summary>A Spectre console on <see cref="Output"/>; colours and live progress only when a person is watching.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = Environment.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Environment.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Environment.IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!Environment.IsInteractive)
        {
            // Logs and pipes have no width; wrapping at 80 columns would split paths across lines.
            console.Profile.Width = UnwrappedWidth;
        }
        return console;
    }

    private const int UnwrappedWidth = 4096;
}
