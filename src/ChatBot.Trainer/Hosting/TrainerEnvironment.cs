using System.Collections;

namespace ChatBot.Trainer.Hosting;

/// <summary>
/// Where the CLI runs: the folder its settings file was copied to, the working folder that relative paths and a
/// local appsettings.json are taken from, the environment variables that override settings, and whether a person
/// is at the console. Tests pass their own instead of mutating the process.
/// </summary>
public sealed record TrainerEnvironment(
    string BaseDirectory,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> EnvironmentVariables,
    bool IsInteractive)
{
    public const string SettingsFileName = "appsettings.json";

    public static TrainerEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? "";
        }
        var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        return new TrainerEnvironment(AppContext.BaseDirectory, Directory.GetCurrentDirectory(), variables, interactive);
    }

    /// <summary>Relative paths mean "from where the command was run", as for any command-line tool.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
