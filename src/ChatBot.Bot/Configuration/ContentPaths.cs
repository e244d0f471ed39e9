namespace ChatBot.Bot.Configuration;

/// <summary>
/// Relative paths in the settings (model file, data folder) resolve against the host's content root, never against
/// whatever the current directory happens to be later on. Under `dotnet run` the content root is the repository root.
/// </summary>
public static class ContentPaths
{
    public static string Resolve(IHostEnvironment environment, string path) =>
        System.IO.Path.GetFullPath(path, environment.ContentRootPath);
}
