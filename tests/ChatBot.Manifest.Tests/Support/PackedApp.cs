using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatBot.Manifest.Packaging;

namespace ChatBot.Manifest.Tests.Support;

/// <summary>Runs the real packer on a manifest folder and reads back what it wrote.</summary>
internal static class PackedApp
{
    public static async Task<string> PackAsync(string manifestDirectory, string outputPath, string appIdText = TestAppIds.Text)
    {
        var packager = new TeamsAppPackager(new TeamsAppPackageWriter());
        var package = await packager.PackAsync(manifestDirectory, TestAppIds.Parse(appIdText), outputPath, CancellationToken.None);
        return package.Path;
    }

    /// <summary>Packs bot-manifest/ of the repository into <paramref name="folder"/> and returns the packed manifest.</summary>
    public static async Task<JsonObject> PackRepositoryManifestAsync(TemporaryFolder folder, string appIdText = TestAppIds.Text)
    {
        var zipPath = await PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("app.zip"), appIdText);
        return JsonNode.Parse(ReadEntryText(zipPath, TeamsAppPackager.ManifestFileName))!.AsObject();
    }

    public static string ReadEntryText(string zipPath, string entryName)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(entryName) ?? throw new InvalidOperationException($"{zipPath} has no entry {entryName}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public static byte[] ReadEntryBytes(string zipPath, string entryName)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(entryName) ?? throw new InvalidOperationException($"{zipPath} has no entry {entryName}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
