namespace ChatBot.Manifest.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("chatbot-manifest-tests-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies manifest.json and the icons of bot-manifest/ into a subfolder, for tests that alter them.</summary>
    public string CopyOfBotManifest(string name = "bot-manifest")
    {
        var target = Directory.CreateDirectory(Combine(name)).FullName;
        foreach (var file in new[] { RepositoryPaths.ManifestTemplatePath, RepositoryPaths.ColorIconPath, RepositoryPaths.OutlineIconPath })
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
