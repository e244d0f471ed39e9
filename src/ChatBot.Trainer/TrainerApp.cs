using System.CommandLine;
using ChatBot.Trainer.Cli;
using ChatBot.Trainer.Hosting;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Trainer;

/// <summary>
/// The trainer CLI as a callable: parses the command line, runs the command and turns every failure into a one-line
/// message and an exit code (<see cref="ExitCodes"/>). Program.Main wires it to the console; tests call it directly.
/// </summary>
public sealed class TrainerApp(TrainerEnvironment environment)
{
    /// <summary>How to run the CLI from a checkout, for hints such as "resume with …".</summary>
    public const string Invocation = "dotnet run --project src/ChatBot.Trainer --";

    /// <summary>Set to 1 to print the stack trace of unexpected errors (for developers; users get one line).</summary>
    public const string DebugVariable = "CHATBOT_TRAINER_DEBUG";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, TextReader input, CancellationToken cancellationToken = default)
    {
        try
        {
            var context = new CliContext(environment, output, error, input, args);
            var root = CreateRootCommand(context);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var parseError in parseResult.Errors)
                {
                    await error.WriteLineAsync($"error: {parseError.Message}");
                }
                var command = parseResult.CommandResult.Command is RootCommand ? "" : parseResult.CommandResult.Command.Name + " ";
                await error.WriteLineAsync($"Run '{Invocation} {command}--help' to see the options.");
                return ExitCodes.Usage;
            }

            var invocation = new InvocationConfiguration
            {
                Output = output,
                Error = error,
                // Failures are reported below, without stack traces; Ctrl+C is handled by the caller's token.
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (CommandFailedException failure)
        {
            await WriteErrorAsync(error, failure.Message);
            return failure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception unexpected) when (unexpected is IOException or UnauthorizedAccessException)
        {
            await WriteErrorAsync(error, unexpected.Message);
            return ExitCodes.DataError;
        }
        catch (Exception unexpected)
        {
            // A bug rather than bad input; still one line, but with the type so it can be found.
            await WriteErrorAsync(error, $"unexpected {unexpected.GetType().Name}: {unexpected.Message}");
            if (environment.EnvironmentVariables.TryGetValue(DebugVariable, out var debug) && debug is "1" or "true")
            {
                await error.WriteLineAsync(unexpected.ToString());
            }
            return ExitCodes.DataError;
        }
    }

    public RootCommand CreateRootCommand(CliContext context)
    {
        var settings = new SettingsOption();
        var configured = ConfiguredSettings.Read(environment);
        var root = new RootCommand("ChatBot trainer: trains the character-level LSTM dialogue model, evaluates it, chats with it "
            + "and imports corpora. Settings come from appsettings.json (section \"Trainer\"; the copy next to the program, then one in the working folder), "
            + "then --config FILE, then environment variables "
            + "(Trainer__HiddenSize=128), then command-line options.")
        {
            settings,
            new TrainCommand(context, settings, configured),
            new EvalCommand(context, settings, configured),
            new ChatCommand(context, settings, configured),
            new SampleCommand(context, settings, configured),
            new QualityCommand(context, settings, configured),
            new PlotCommand(context),
            new InspectCommand(context, settings, configured),
            new ImportCommand(context, settings, CorpusImporters.Default),
        };
        return root;
    }

    private static async Task WriteErrorAsync(TextWriter error, string message)
    {
        foreach (var line in message.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await error.WriteLineAsync($"error: {line.TrimEnd('\r')}");
        }
    }
}
