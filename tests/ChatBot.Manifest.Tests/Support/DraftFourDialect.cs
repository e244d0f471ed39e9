using System.Text.Json.Nodes;

namespace ChatBot.Manifest.Tests.Support;

/// <summary>
/// The Teams schemas declare JSON Schema draft-04, which JsonSchema.Net does not implement (it starts at draft-06).
/// Draft-06/07 changed only two draft-04 keywords: <c>id</c> became <c>$id</c>, and boolean
/// <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> (modifiers of minimum/maximum) became numbers. This rewrites those
/// in memory and declares draft-07; every other draft-04 keyword means the same in draft-07.
/// </summary>
internal static class DraftFourDialect
{
    public const string DraftFourAddress = "http://json-schema.org/draft-04/schema#";
    public const string DraftSevenAddress = "http://json-schema.org/draft-07/schema#";

    private static readonly string[] SingleSchemaKeywords =
        ["additionalItems", "additionalProperties", "not", "items", "contains", "propertyNames", "if", "then", "else"];

    private static readonly string[] SchemaArrayKeywords = ["allOf", "anyOf", "oneOf", "items"];

    private static readonly string[] SchemaMapKeywords = ["properties", "patternProperties", "definitions", "dependencies"];

    /// <summary>
    /// Rewrites a draft-04 root schema (and its subschemas) as draft-07, giving it <paramref name="baseAddress"/>
    /// as its <c>$id</c> when it names none, so relative references resolve against the official address.
    /// Schemas of other drafts are left alone.
    /// </summary>
    public static void TranslateToDraftSeven(JsonNode root, Uri baseAddress)
    {
        if (root is not JsonObject schema)
        {
            return;
        }

        var declared = schema["$schema"]?.GetValue<string>();
        if (declared is not null && declared.TrimEnd('#') != DraftFourAddress.TrimEnd('#'))
        {
            return;
        }

        TranslateSubschema(schema);
        schema["$schema"] = DraftSevenAddress;
        if (schema["$id"] is null)
        {
            schema["$id"] = baseAddress.ToString();
        }
    }

    private static void TranslateSubschema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["id"] is JsonValue id && id.TryGetValue<string>(out var identifier))
        {
            schema.Remove("id");
            schema["$id"] = identifier;
        }

        TranslateExclusiveBound(schema, "exclusiveMinimum", "minimum");
        TranslateExclusiveBound(schema, "exclusiveMaximum", "maximum");

        foreach (var keyword in SingleSchemaKeywords)
        {
            if (schema[keyword] is JsonObject subschema)
            {
                TranslateSubschema(subschema);
            }
        }

        foreach (var keyword in SchemaArrayKeywords)
        {
            if (schema[keyword] is JsonArray subschemas)
            {
                foreach (var subschema in subschemas)
                {
                    TranslateSubschema(subschema);
                }
            }
        }

        foreach (var keyword in SchemaMapKeywords)
        {
            if (schema[keyword] is JsonObject map)
            {
                foreach (var (_, subschema) in map)
                {
                    // dependencies may also map to an array of property names, which is no schema
                    TranslateSubschema(subschema as JsonObject);
                }
            }
        }
    }

    /// <summary>Draft-04 "minimum": 5, "exclusiveMinimum": true is draft-07 "exclusiveMinimum": 5.</summary>
    private static void TranslateExclusiveBound(JsonObject schema, string exclusiveKeyword, string boundKeyword)
    {
        if (schema[exclusiveKeyword] is not JsonValue flag || !flag.TryGetValue<bool>(out var exclusive))
        {
            return;
        }

        schema.Remove(exclusiveKeyword);
        if (exclusive && schema[boundKeyword] is { } bound)
        {
            schema.Remove(boundKeyword);
            schema[exclusiveKeyword] = bound;
        }
    }
}
