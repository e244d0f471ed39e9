namespace ChatBot.Manifest.Configuration;

/// <summary>Where the packer finds its inputs in the repository checkout.</summary>
public sealed record RepositoryLayout(string RootDirectory)
{
    private const string SolutionFileName = "ChatBot.sln";
    private const string ManifestFolderName = "bot-manifest";

    public string ManifestDirectory => Path.Combine(RootDirectory, ManifestFolderName);

    public string AppSettingsPath => Path.Combine(RootDirectory, "appsettings.json");

    /// <summary>
    /// The first folder, walking up from each start folder in turn, that holds ChatBot.sln and bot-manifest/.
    /// Falls back to the first start folder, so that a run from elsewhere still reports which files it missed.
    /// </summary>
    public static RepositoryLayout Locate(params string[] startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFileName))
                    && Directory.Exists(Path.Combine(folder.FullName, ManifestFolderName)))
                {
                    return new RepositoryLayout(folder.FullName);
                }
            }
        }

        return new RepositoryLayout(Path.GetFullPath(startDirectories[0]));
    }
}
