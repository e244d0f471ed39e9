using System.Text.Json.Nodes;
using ChatBot.Manifest.Tests.Support;
using Json.Schema;

namespace ChatBot.Manifest.Tests;

/// <summary>The packed manifest against Microsoft's official schema, from the pinned npm package, offline.</summary>
public sealed class ManifestSchemaTests
{
    [Fact]
    public async Task PackedManifest_IsValidAgainstTheOfficialSchemaOfTheVersionItDeclares()
    {
        using var folder = new TemporaryFolder();
        var manifest = await PackedApp.PackRepositoryManifestAsync(folder);
        var schema = OfficialManifestSchema.Load(RepositoryPaths.BotManifestDirectory, DeclaredVersion(manifest));

        var results = schema.Evaluate(manifest);

        Assert.True(results.IsValid, OfficialManifestSchema.DescribeErrors(results));
    }

    [Fact]
    public async Task SchemaCheck_RejectsAManifestThatBreaksTheSchema()
    {
        using var folder = new TemporaryFolder();
        var manifest = await PackedApp.PackRepositoryManifestAsync(folder);
        var schema = OfficialManifestSchema.Load(RepositoryPaths.BotManifestDirectory, DeclaredVersion(manifest));
        manifest["accentColor"] = "blue";
        manifest["bots"]![0]!.AsObject().Remove("botId");

        var results = schema.Evaluate(manifest);

        Assert.False(results.IsValid);
        var errors = OfficialManifestSchema.DescribeErrors(results);
        Assert.Contains("/accentColor", errors);
        Assert.Contains("botId", errors);
    }

    [Fact]
    public void Manifest_DeclaresTheNewestVersionOneSchemaUpTo1_30ThatThePinnedPackageShips()
    {
        var declared = Version.Parse(DeclaredVersion(ReadTemplate()));
        var shipped = Directory.GetDirectories(OfficialManifestSchema.TeamsSchemasDirectory(RepositoryPaths.BotManifestDirectory), "v1.*")
            .Where(folder => File.Exists(Path.Combine(folder, OfficialManifestSchema.SchemaFileName)))
            .Select(folder => Version.TryParse(Path.GetFileName(folder)[1..], out var version) ? version : null)
            .OfType<Version>()
            .Where(version => version <= new Version(1, 30))
            .ToList();

        Assert.NotEmpty(shipped);
        Assert.Equal(shipped.Max(), declared);
    }

    [Fact]
    public void ManifestSchemaAddress_NamesTheDeclaredVersion()
    {
        var template = ReadTemplate();

        Assert.Equal(
            $"{OfficialManifestSchema.PublishedAddress}v{DeclaredVersion(template)}/{OfficialManifestSchema.SchemaFileName}",
            template["$schema"]?.GetValue<string>());
    }

    [Fact]
    public void MissingNpmInstall_FailsWithTheCommandThatInstallsTheSchemas()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Path.Combine(RepositoryPaths.BotManifestDirectory, "package.json"), folder.Combine("package.json"));

        var failure = Assert.Throws<InvalidOperationException>(() => OfficialManifestSchema.Load(folder.Path, "1.30"));

        Assert.Contains("npm ci --prefix bot-manifest", failure.Message);
    }

    [Fact]
    public void ReferenceToAnOfficialSchemaAddress_IsServedFromThePackageFiles()
    {
        var schema = OfficialManifestSchema.Load(RepositoryPaths.BotManifestDirectory, DeclaredVersion(ReadTemplate()));
        var referring = JsonSchema.FromText($$"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "$ref": "{{OfficialManifestSchema.PublishedAddress}}v{{DeclaredVersion(ReadTemplate())}}/MicrosoftTeams.Localization.schema.json"
            }
            """);
        var complete = JsonNode.Parse("""{ "name.short": "RNN Chat", "description.short": "Bot", "description.full": "Um bot." }""")!;
        var incomplete = JsonNode.Parse("""{ "name.short": "RNN Chat" }""")!;

        Assert.True(schema.Evaluate(referring, complete).IsValid);
        Assert.False(schema.Evaluate(referring, incomplete).IsValid);
    }

    [Fact]
    public void ReferenceToAnyOtherRemoteSchema_FailsInsteadOfDownloading()
    {
        var schema = OfficialManifestSchema.Load(RepositoryPaths.BotManifestDirectory, DeclaredVersion(ReadTemplate()));
        var referring = JsonSchema.FromText("""
            { "$schema": "http://json-schema.org/draft-07/schema#", "$ref": "https://example.com/schemas/other.json" }
            """);

        var failure = Assert.ThrowsAny<Exception>(() => schema.Evaluate(referring, JsonNode.Parse("{}")!));

        Assert.Contains("https://example.com/schemas/other.json", failure.ToString());
    }

    private static JsonObject ReadTemplate() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.ManifestTemplatePath))!.AsObject();

    private static string DeclaredVersion(JsonObject manifest) =>
        manifest["manifestVersion"]?.GetValue<string>() ?? throw new InvalidOperationException("manifest.json declares no manifestVersion");
}
