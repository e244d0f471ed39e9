using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatBot.Manifest.Packaging;
using ChatBot.Manifest.Tests.Support;
using SkiaSharp;

namespace ChatBot.Manifest.Tests;

/// <summary>The zip the packer writes, and what it refuses to pack.</summary>
public sealed class PackagerTests
{
    [Fact]
    public async Task Package_HoldsExactlyManifestColorAndOutlineAtItsRoot()
    {
        using var folder = new TemporaryFolder();

        var zipPath = await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("app.zip"));

        using var archive = ZipFile.OpenRead(zipPath);
        Assert.Equal(
            ["color.png", "manifest.json", "outline.png"],
            archive.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PackedManifest_HasTheAppIdFilledInAndNoPlaceholderLeft()
    {
        using var folder = new TemporaryFolder();

        var zipPath = await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("app.zip"));

        var text = PackedApp.ReadEntryText(zipPath, "manifest.json");
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain(ManifestTemplate.AppIdPlaceholder, text);
        Assert.Contains($"\"botId\": \"{TestAppIds.Text}\"", text);
    }

    [Fact]
    public async Task PackedIcons_AreTheIconFilesNextToTheManifest()
    {
        using var folder = new TemporaryFolder();

        var zipPath = await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("app.zip"));

        Assert.Equal(File.ReadAllBytes(RepositoryPaths.ColorIconPath), PackedApp.ReadEntryBytes(zipPath, "color.png"));
        Assert.Equal(File.ReadAllBytes(RepositoryPaths.OutlineIconPath), PackedApp.ReadEntryBytes(zipPath, "outline.png"));
    }

    [Fact]
    public async Task Packing_CreatesTheOutputFolder()
    {
        using var folder = new TemporaryFolder();

        var zipPath = await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("build", "nested", "app.zip"));

        Assert.True(File.Exists(zipPath));
    }

    [Fact]
    public async Task Packing_ReplacesAnExistingPackageAndLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        var zipPath = folder.Combine("app.zip");
        File.WriteAllText(zipPath, "an older package");

        await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, zipPath);

        Assert.Equal(["app.zip"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        using var archive = ZipFile.OpenRead(zipPath);
        Assert.Equal(3, archive.Entries.Count);
    }

    [Fact]
    public async Task FailedPacking_LeavesTheExistingPackageUntouched()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        File.Delete(Path.Combine(manifestDirectory, "outline.png"));
        var zipPath = folder.Combine("out", "app.zip");
        Directory.CreateDirectory(folder.Combine("out"));
        File.WriteAllText(zipPath, "the previous package");

        await Assert.ThrowsAsync<ManifestPackagingException>(() => PackedApp.PackAsync(manifestDirectory, zipPath));

        Assert.Equal("the previous package", File.ReadAllText(zipPath));
        Assert.Equal(["app.zip"], Directory.GetFiles(folder.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task PackingTwice_GivesByteIdenticalPackages()
    {
        using var folder = new TemporaryFolder();

        var first = await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("first.zip"));
        var second = await PackedApp.PackAsync(RepositoryPaths.BotManifestDirectory, folder.Combine("second.zip"));

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public async Task HardCodedBotId_IsRejected()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        EditManifest(manifestDirectory, manifest => manifest["bots"]![0]!["botId"] = "11111111-2222-3333-4444-555555555555");

        var failure = await Assert.ThrowsAsync<ManifestPackagingException>(
            () => PackedApp.PackAsync(manifestDirectory, folder.Combine("app.zip")));

        Assert.Contains("bots[0].botId", failure.Message);
        Assert.Contains("{{MICROSOFT_APP_ID}}", failure.Message);
        Assert.False(File.Exists(folder.Combine("app.zip")));
    }

    [Fact]
    public async Task IconOfTheWrongSize_IsRejectedNamingTheFile()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        File.Copy(Path.Combine(manifestDirectory, "outline.png"), Path.Combine(manifestDirectory, "color.png"), overwrite: true);

        var failure = await Assert.ThrowsAsync<ManifestPackagingException>(
            () => PackedApp.PackAsync(manifestDirectory, folder.Combine("app.zip")));

        Assert.Contains("color.png", failure.Message);
        Assert.Contains("192×192", failure.Message);
    }

    [Fact]
    public async Task OutlineIconWithAColouredPixel_IsRejectedNamingThePixel()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        File.WriteAllBytes(Path.Combine(manifestDirectory, "outline.png"), OutlineWithOneRedPixel(x: 3, y: 4));

        var failure = await Assert.ThrowsAsync<ManifestPackagingException>(
            () => PackedApp.PackAsync(manifestDirectory, folder.Combine("app.zip")));

        Assert.Contains("outline.png", failure.Message);
        Assert.Contains("(3, 4)", failure.Message);
    }

    [Fact]
    public async Task TruncatedOutlineIcon_IsRejected()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        var outlinePath = Path.Combine(manifestDirectory, "outline.png");
        var outline = File.ReadAllBytes(outlinePath);
        File.WriteAllBytes(outlinePath, outline[..(outline.Length / 2)]);

        var failure = await Assert.ThrowsAsync<ManifestPackagingException>(
            () => PackedApp.PackAsync(manifestDirectory, folder.Combine("app.zip")));

        Assert.Contains("outline.png", failure.Message);
    }

    [Fact]
    public async Task IconInASubfolder_IsRejectedBecauseThePackageHasNoFolders()
    {
        using var folder = new TemporaryFolder();
        var manifestDirectory = folder.CopyOfBotManifest();
        Directory.CreateDirectory(Path.Combine(manifestDirectory, "icons"));
        File.Move(Path.Combine(manifestDirectory, "color.png"), Path.Combine(manifestDirectory, "icons", "color.png"));
        EditManifest(manifestDirectory, manifest => manifest["icons"]!["color"] = "icons/color.png");

        var failure = await Assert.ThrowsAsync<ManifestPackagingException>(
            () => PackedApp.PackAsync(manifestDirectory, folder.Combine("app.zip")));

        Assert.Contains("icons.color", failure.Message);
    }

    [Fact]
    public async Task MissingManifest_IsReportedWithItsPath()
    {
        using var folder = new TemporaryFolder();

        var failure = await Assert.ThrowsAsync<ManifestPackagingException>(
            () => PackedApp.PackAsync(folder.Path, folder.Combine("app.zip")));

        Assert.Contains(Path.Combine(folder.Path, "manifest.json"), failure.Message);
    }

    private static void EditManifest(string manifestDirectory, Action<JsonObject> edit)
    {
        var path = Path.Combine(manifestDirectory, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    /// <summary>A transparent 32×32 PNG with one white and one red opaque pixel.</summary>
    private static byte[] OutlineWithOneRedPixel(int x, int y)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(32, 32, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(SKColors.Transparent);
        bitmap.SetPixel(20, 20, SKColors.White);
        bitmap.SetPixel(x, y, new SKColor(255, 0, 0, 255));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
