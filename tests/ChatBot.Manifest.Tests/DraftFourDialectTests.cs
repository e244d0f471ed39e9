using System.Text.Json.Nodes;
using ChatBot.Manifest.Tests.Support;
using Json.Schema;

namespace ChatBot.Manifest.Tests;

/// <summary>The draft-04 to draft-07 rewrite that lets JsonSchema.Net read the Teams schemas.</summary>
public sealed class DraftFourDialectTests
{
    private static readonly Uri BaseAddress = new("https://schemas.test/v1/schema.json");

    [Fact]
    public void BooleanExclusiveMaximum_BecomesTheNumericBound()
    {
        var schema = Translate("""
            { "$schema": "http://json-schema.org/draft-04/schema#", "type": "number", "maximum": 10, "exclusiveMaximum": true }
            """);

        Assert.True(Evaluate(schema, JsonNode.Parse("9.5")).IsValid);
        Assert.False(Evaluate(schema, JsonNode.Parse("10")).IsValid);
    }

    [Fact]
    public void FalseExclusiveMinimum_KeepsTheInclusiveBound()
    {
        var schema = Translate("""
            { "$schema": "http://json-schema.org/draft-04/schema#", "type": "number", "minimum": 1, "exclusiveMinimum": false }
            """);

        Assert.True(Evaluate(schema, JsonNode.Parse("1")).IsValid);
        Assert.False(Evaluate(schema, JsonNode.Parse("0.5")).IsValid);
    }

    [Fact]
    public void NestedBooleanBounds_InPropertiesAndDefinitions_AreRewrittenToo()
    {
        var schema = Translate("""
            {
              "$schema": "http://json-schema.org/draft-04/schema#",
              "properties": { "size": { "$ref": "#/definitions/positive" } },
              "definitions": { "positive": { "minimum": 0, "exclusiveMinimum": true } }
            }
            """);

        Assert.True(Evaluate(schema, JsonNode.Parse("""{ "size": 1 }""")).IsValid);
        Assert.False(Evaluate(schema, JsonNode.Parse("""{ "size": 0 }""")).IsValid);
    }

    [Fact]
    public void PropertyNamedId_IsLeftAsAProperty()
    {
        var root = JsonNode.Parse("""
            { "$schema": "http://json-schema.org/draft-04/schema#", "properties": { "id": { "type": "string" } } }
            """)!;

        DraftFourDialect.TranslateToDraftSeven(root, BaseAddress);

        Assert.NotNull(root["properties"]!["id"]);
        Assert.Equal(DraftFourDialect.DraftSevenAddress, root["$schema"]!.GetValue<string>());
        Assert.Equal(BaseAddress.ToString(), root["$id"]!.GetValue<string>());
    }

    [Fact]
    public void SchemaOfALaterDraft_IsLeftUnchanged()
    {
        const string text = """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "exclusiveMinimum": 3 }""";
        var root = JsonNode.Parse(text)!;

        DraftFourDialect.TranslateToDraftSeven(root, BaseAddress);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), root));
    }

    // Fresh options per evaluation: each has its own registry, so schemas sharing BaseAddress never meet.
    private static EvaluationResults Evaluate(JsonSchema schema, JsonNode? instance) =>
        schema.Evaluate(instance, new EvaluationOptions());

    private static JsonSchema Translate(string draftFourText)
    {
        var root = JsonNode.Parse(draftFourText)!;
        DraftFourDialect.TranslateToDraftSeven(root, BaseAddress);
        return JsonSchema.FromText(root.ToJsonString());
    }
}
