namespace ChatBot.Manifest.Tests.Support;

/// <summary>Paths in the repository checkout the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotManifestDirectory => Path.Combine(Root, "bot-manifest");

    public static string ManifestTemplatePath => Path.Combine(BotManifestDirectory, "manifest.json");

    public static string ColorIconPath => Path.Combine(BotManifestDirectory, "color.png");

    public static string OutlineIconPath => Path.Combine(BotManifestDirectory, "outline.png");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChatBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
