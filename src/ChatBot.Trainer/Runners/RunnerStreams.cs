using Spectre.Console;

namespace ChatBot.Trainer.Runners;

/// <summary>
/// Where a runner reads and writes: the process's standard streams under the CLI, any writers in tests. Runners get
/// these and nothing else of the command line, so they can run without it.
/// </summary>
/// <param name="IsInteractive">A person is watching (a terminal): colours, prompts and live progress.</param>
public sealed record RunnerStreams(TextWriter Output, TextWriter Error, TextReader Input, bool IsInteractive)
{
    /// <summary>A Spectre console on <see cref="Output"/>; colours and live progress only when a person is watching.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!IsInteractive)
        {
            // Logs and pipes have no width; wrapping at 80 columns would split paths across lines.
            console.Profile.Width = UnwrappedWidth;
        }
        return console;
    }

    private const int UnwrappedWidth = 4096;
}
