using System.Text.Json.Nodes;
using Json.Schema;

namespace ChatBot.Manifest.Tests.Support;

/// <summary>
/// The official Teams manifest schema of one manifest version, read from the npm package @microsoft/app-manifest
/// that bot-manifest/package.json pins (installed by `npm ci --prefix bot-manifest`; never copied into the repo).
/// Evaluation is offline: references to the official schema address are served from the package's files, and any
/// other remote reference fails instead of being downloaded.
/// </summary>
internal sealed class OfficialManifestSchema
{
    public const string PackageName = "@microsoft/app-manifest";
    public const string InstallCommand = "npm ci --prefix bot-manifest";

    /// <summary>Where Microsoft publishes the schemas; manifests name their schema with an address under it.</summary>
    public const string PublishedAddress = "https://developer.microsoft.com/en-us/json-schemas/teams/";

    public const string SchemaFileName = "MicrosoftTeams.schema.json";

    private readonly string _versionDirectory;
    private readonly string _versionAddress;

    private OfficialManifestSchema(string versionDirectory, string manifestVersion)
    {
        _versionDirectory = versionDirectory;
        _versionAddress = $"{PublishedAddress}v{manifestVersion}/";
        Schema = LoadLocal(SchemaFileName);
    }

    public JsonSchema Schema { get; }

    /// <summary>The folder of the installed package under <paramref name="botManifestDirectory"/>/node_modules.</summary>
    public static string PackageDirectory(string botManifestDirectory) =>
        Path.Combine(botManifestDirectory, "node_modules", "@microsoft", "app-manifest");

    /// <summary>The teams/ folder of the installed package, one subfolder (v1.0 ... v1.N) per manifest version.</summary>
    public static string TeamsSchemasDirectory(string botManifestDirectory)
    {
        var packageDirectory = PackageDirectory(botManifestDirectory);
        RequireInstalledAsPinned(botManifestDirectory, packageDirectory);
        return Path.Combine(packageDirectory, "build", "json-schemas", "teams");
    }

    public static OfficialManifestSchema Load(string botManifestDirectory, string manifestVersion)
    {
        var versionDirectory = Path.Combine(TeamsSchemasDirectory(botManifestDirectory), $"v{manifestVersion}");
        if (!File.Exists(Path.Combine(versionDirectory, SchemaFileName)))
        {
            throw new InvalidOperationException(
                $"{PackageName} ships no {SchemaFileName} for manifestVersion {manifestVersion} (looked in {versionDirectory}).");
        }

        return new OfficialManifestSchema(versionDirectory, manifestVersion);
    }

    public EvaluationResults Evaluate(JsonNode instance) => Evaluate(Schema, instance);

    /// <summary>Evaluates against any schema, with references resolved as described on this class.</summary>
    public EvaluationResults Evaluate(JsonSchema schema, JsonNode instance)
    {
        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            // Microsoft's own check (ajv with ajv-formats) validates these formats, so this one does too.
            RequireFormatValidation = true,
        };
        options.SchemaRegistry.Fetch = ResolveOffline;
        return schema.Evaluate(instance, options);
    }

    /// <summary>The failed assertions, one "instance location: message" per line, for test failure messages.</summary>
    public static string DescribeErrors(EvaluationResults results) =>
        string.Join(
            Environment.NewLine,
            (results.Details ?? [])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}")));

    private JsonSchema ResolveOffline(Uri address)
    {
        var text = address.GetLeftPart(UriPartial.Path);
        if (text.StartsWith(_versionAddress, StringComparison.OrdinalIgnoreCase))
        {
            var fileName = text[_versionAddress.Length..];
            if (!fileName.Contains('/') && File.Exists(Path.Combine(_versionDirectory, fileName)))
            {
                return LoadLocal(fileName);
            }
        }

        throw new InvalidOperationException(
            $"The schema refers to {address}, which {PackageName} has no copy of; schema checks run offline and download nothing.");
    }

    private JsonSchema LoadLocal(string fileName)
    {
        var path = Path.Combine(_versionDirectory, fileName);
        var root = JsonNode.Parse(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"{path} is empty");
        DraftFourDialect.TranslateToDraftSeven(root, baseAddress: new Uri(_versionAddress + fileName));
        return JsonSchema.FromText(root.ToJsonString());
    }

    /// <summary>A stale or hand-made node_modules would check against other schemas than the pinned ones.</summary>
    private static void RequireInstalledAsPinned(string botManifestDirectory, string packageDirectory)
    {
        var packageJson = Path.Combine(packageDirectory, "package.json");
        if (!File.Exists(packageJson))
        {
            throw new InvalidOperationException(
                $"The official Teams manifest schemas are not installed ({packageDirectory} is missing). Run `{InstallCommand}` from the repository root first.");
        }

        var installed = JsonNode.Parse(File.ReadAllText(packageJson))?["version"]?.GetValue<string>();
        var pinned = JsonNode.Parse(File.ReadAllText(Path.Combine(botManifestDirectory, "package.json")))
            ?["devDependencies"]?[PackageName]?.GetValue<string>();
        if (installed is null || installed != pinned)
        {
            throw new InvalidOperationException(
                $"{PackageName} {installed} is installed but bot-manifest/package.json pins {pinned}. Run `{InstallCommand}` from the repository root.");
        }
    }
}
