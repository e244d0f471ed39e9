using System.Text.Json.Nodes;
using ChatBot.Manifest.Tests.Support;

namespace ChatBot.Manifest.Tests;

/// <summary>The packer as a user runs it: exit codes, messages and the environment variable.</summary>
public sealed class PackagerProcessTests
{
    [Fact]
    public async Task WithoutAnAppId_ExitsNonZeroWithAMessageAndNoStackTrace()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();

        var outcome = await PackagerProcess.RunAsync(folder.Path, appIdVariable: string.Empty, "--manifest-dir", manifestDirectory);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("no bot app id given", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(manifestDirectory, "build")));
    }

    [Fact]
    public async Task WithAnInvalidAppId_ExitsNonZeroWithAMessage()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();

        var outcome = await PackagerProcess.RunAsync(
            folder.Path, appIdVariable: string.Empty, "--manifest-dir", manifestDirectory, "--app-id", "12345");

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("'12345' is not a GUID", outcome.Error);
    }

    [Fact]
    public async Task AppIdFromTheEnvironmentVariable_IsPackedIntoTheZip()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        var zipPath = folder.Combine("out", "app.zip");

        var outcome = await PackagerProcess.RunAsync(
            folder.Path, appIdVariable: TestAppIds.Text, "--manifest-dir", manifestDirectory, "--output", zipPath);

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var manifest = JsonNode.Parse(PackedApp.ReadEntryText(zipPath, "manifest.json"))!;
        Assert.Equal(TestAppIds.Text, manifest["bots"]![0]!["botId"]!.GetValue<string>());
    }
}
