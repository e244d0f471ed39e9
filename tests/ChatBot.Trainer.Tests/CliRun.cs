using ChatBot.Trainer.Hosting;

namespace ChatBot.Trainer.Tests;

/// <summary>Runs the trainer CLI in-process against a test folder and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>
    /// The test folder is both the program folder (no shipped appsettings.json unless the test writes one) and the
    /// working folder, and the environment holds only <paramref name="environment"/>: nothing leaks in from the machine.
    /// </summary>
    public static async Task<CliRun> InAsync(
        TestFolder folder,
        string[] args,
        string input = "",
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        using var reader = new StringReader(input);
        return await InAsync(folder, args, reader, environment, cancellationToken);
    }

    public static async Task<CliRun> InAsync(
        TestFolder folder,
        string[] args,
        TextReader input,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var app = new TrainerApp(Environment(folder, environment));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await app.RunAsync(args, output, error, input, cancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static TrainerEnvironment Environment(TestFolder folder, IReadOnlyDictionary<string, string>? environment = null) =>
        new(folder.Path, folder.Path, environment ?? new Dictionary<string, string>(), IsInteractive: false);

    /// <summary>Every error is reported as a message, never as a .NET stack trace.</summary>
    public bool HasStackTrace => Error.Contains("   at ", StringComparison.Ordinal) || Output.Contains("   at ", StringComparison.Ordinal);
}
