using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Manifest.Icons;

namespace ChatBot.Manifest.Packaging;

/// <summary>
/// Builds the sideloadable Teams app package from bot-manifest/: fills the bot app id into manifest.json, checks the
/// icons it names, and writes manifest.json plus the two icons into a zip.
/// </summary>
public sealed class TeamsAppPackager(TeamsAppPackageWriter writer)
{
    public const string ManifestFileName = "manifest.json";

    private static readonly JsonSerializerOptions ManifestJsonOptions = new()
    {
        WriteIndented = true,
        // The manifest is read as JSON, never embedded in HTML, so Portuguese letters can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<TeamsAppPackage> PackAsync(
        string manifestDirectory, BotAppId appId, string outputPath, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(manifestDirectory, ManifestFileName);
        var template = await ManifestTemplate.LoadAsync(manifestPath, cancellationToken);
        var manifest = template.Fill(new Dictionary<string, string> { [ManifestTemplate.AppIdPlaceholder] = appId.ToString() });
        RequireAppIdAsIds(manifest, appId, manifestPath);
        RejectIconsOtherThan(manifest, manifestPath, TeamsIconRequirement.Color, TeamsIconRequirement.Outline);

        var entries = new List<PackageEntry>
        {
            new(ManifestFileName, JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJsonOptions)),
            await ReadIconAsync(manifest, manifestDirectory, manifestPath, TeamsIconRequirement.Color, cancellationToken),
            await ReadIconAsync(manifest, manifestDirectory, manifestPath, TeamsIconRequirement.Outline, cancellationToken),
        };

        await writer.WriteAsync(outputPath, entries, cancellationToken);
        return new TeamsAppPackage(Path.GetFullPath(outputPath), entries.Select(entry => entry.Name).ToList());
    }

    /// <summary>
    /// The app id and every bot id must come from the placeholder: a hard-coded id would silently pack the wrong bot.
    /// </summary>
    private static void RequireAppIdAsIds(JsonObject manifest, BotAppId appId, string manifestPath)
    {
        var expected = appId.ToString();
        var placeholder = $"{{{{{ManifestTemplate.AppIdPlaceholder}}}}}";
        if (ReadString(manifest["id"]) != expected)
        {
            throw new ManifestPackagingException($"{manifestPath}: \"id\" must be {placeholder}");
        }

        if (manifest["bots"] is not JsonArray { Count: > 0 } bots)
        {
            throw new ManifestPackagingException($"{manifestPath}: \"bots\" must list the bot (with \"botId\": \"{placeholder}\")");
        }

        for (var index = 0; index < bots.Count; index++)
        {
            if (ReadString(bots[index]?["botId"]) != expected)
            {
                throw new ManifestPackagingException($"{manifestPath}: \"bots[{index}].botId\" must be {placeholder}");
            }
        }
    }

    private static void RejectIconsOtherThan(JsonObject manifest, string manifestPath, params TeamsIconRequirement[] supported)
    {
        if (manifest["icons"] is not JsonObject icons)
        {
            throw new ManifestPackagingException($"{manifestPath}: \"icons\" must name the color and outline icons");
        }

        foreach (var (key, _) in icons)
        {
            if (!supported.Any(requirement => requirement.ManifestKey == key))
            {
                throw new ManifestPackagingException($"{manifestPath}: icon \"icons.{key}\" is not supported by this packer");
            }
        }
    }

    private static async Task<PackageEntry> ReadIconAsync(
        JsonObject manifest,
        string manifestDirectory,
        string manifestPath,
        TeamsIconRequirement requirement,
        CancellationToken cancellationToken)
    {
        var key = $"icons.{requirement.ManifestKey}";
        var fileName = ReadString(manifest["icons"]?[requirement.ManifestKey]);
        if (string.IsNullOrEmpty(fileName))
        {
            throw new ManifestPackagingException($"{manifestPath}: \"{key}\" must name a PNG file");
        }

        if (fileName != Path.GetFileName(fileName) || fileName.Contains('\\'))
        {
            throw new ManifestPackagingException(
                $"{manifestPath}: \"{key}\" is '{fileName}', but icons must sit next to manifest.json (the package has no folders)");
        }

        var iconPath = Path.Combine(manifestDirectory, fileName);
        if (!File.Exists(iconPath))
        {
            throw new ManifestPackagingException($"{iconPath}: icon named by \"{key}\" not found");
        }

        var content = await File.ReadAllBytesAsync(iconPath, cancellationToken);
        if (!PngHeader.TryRead(content, out var header))
        {
            throw new ManifestPackagingException($"{iconPath}: not a PNG file");
        }

        if (header.Width != requirement.Size || header.Height != requirement.Size)
        {
            throw new ManifestPackagingException(
                $"{iconPath}: is {header.Width}×{header.Height}, Teams needs {requirement.Size}×{requirement.Size} for \"{key}\"");
        }

        if (requirement.WhiteOnTransparent)
        {
            var pixels = IconPixels.DecodeUnpremultiplied(content, out var width, out _)
                ?? throw new ManifestPackagingException($"{iconPath}: the PNG data cannot be decoded");
            if (IconPixels.FindNonWhiteVisiblePixel(pixels, width) is { } bad)
            {
                throw new ManifestPackagingException(
                    $"{iconPath}: pixel ({bad.X}, {bad.Y}) is {bad.Color}; an outline icon may hold only white pixels on a transparent background");
            }
        }

        return new PackageEntry(fileName, content);
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
