using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Manifest.Packaging;

/// <summary>
/// bot-manifest/manifest.json as written in the repository: a Teams manifest whose values may hold
/// <c>{{NAME}}</c> placeholders that the packer fills in (so no deployment-specific id is committed).
/// </summary>
public sealed partial class ManifestTemplate
{
    /// <summary>Filled with the Azure Bot's Microsoft App ID.</summary>
    public const string AppIdPlaceholder = "MICROSOFT_APP_ID";

    private readonly string _text;

    private ManifestTemplate(string path, string text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>Where the template was read from, for error messages.</summary>
    public string Path { get; }

    public static async Task<ManifestTemplate> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ManifestPackagingException($"{path}: manifest template not found");
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return new ManifestTemplate(path, text);
    }

    public static ManifestTemplate FromText(string path, string text) => new(path, text);

    /// <summary>Placeholder names in order of appearance, with their 1-based line numbers.</summary>
    public IReadOnlyList<(string Name, int Line)> FindPlaceholders()
    {
        var found = new List<(string, int)>();
        var lines = _text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            foreach (Match match in PlaceholderPattern().Matches(lines[index]))
            {
                found.Add((match.Groups["name"].Value, index + 1));
            }
        }

        return found;
    }

    /// <summary>
    /// Parses the template and replaces every placeholder inside string values. Fails, naming file and line, on
    /// invalid JSON, on a placeholder without a value, and on a leftover <c>{{</c> that is no well-formed placeholder.
    /// </summary>
    public JsonObject Fill(IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, line) in FindPlaceholders())
        {
            if (!values.ContainsKey(name))
            {
                throw new ManifestPackagingException($"{Path}:{line}: unknown placeholder {{{{{name}}}}}");
            }
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(_text);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            throw new ManifestPackagingException($"{Path}:{line}: not valid JSON: {exception.Message}");
        }

        if (root is not JsonObject manifest)
        {
            throw new ManifestPackagingException($"{Path}:1: the manifest must be a JSON object");
        }

        FillStrings(manifest, values);

        var leftover = manifest.ToJsonString();
        if (leftover.Contains("{{", StringComparison.Ordinal))
        {
            var line = _text.Split('\n').TakeWhile(l => !l.Contains("{{", StringComparison.Ordinal)).Count() + 1;
            throw new ManifestPackagingException(
                $"{Path}:{line}: '{{{{' left after filling placeholders (placeholders go in string values and look like {{{{{AppIdPlaceholder}}}}})");
        }

        return manifest;
    }

    private static void FillStrings(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Replace(text, values);
                    }
                    else if (child is not null)
                    {
                        FillStrings(child, values);
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    var child = array[index];
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[index] = Replace(text, values);
                    }
                    else if (child is not null)
                    {
                        FillStrings(child, values);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(
            text,
            match => values.TryGetValue(match.Groups["name"].Value, out var value) ? value : match.Value);

    [GeneratedRegex(@"\{\{(?<name>[A-Z0-9_]+)\}\}")]
    private static partial Regex PlaceholderPattern();
}
