using ChatBot.Manifest.Packaging;

namespace ChatBot.Manifest.Tests;

public sealed class ManifestTemplateTests
{
    private static readonly Dictionary<string, string> AppIdValue = new() { [ManifestTemplate.AppIdPlaceholder] = "the-id" };

    [Fact]
    public void Fill_ReplacesPlaceholdersInNestedAndLongerStrings()
    {
        var template = ManifestTemplate.FromText("m.json", """
            { "id": "{{MICROSOFT_APP_ID}}", "bots": [ { "botId": "{{MICROSOFT_APP_ID}}" } ], "note": "bot {{MICROSOFT_APP_ID}}!" }
            """);

        var manifest = template.Fill(AppIdValue);

        Assert.Equal("the-id", manifest["id"]!.GetValue<string>());
        Assert.Equal("the-id", manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("bot the-id!", manifest["note"]!.GetValue<string>());
    }

    [Fact]
    public void Fill_LeavesNumbersBooleansAndPlainStringsAlone()
    {
        var template = ManifestTemplate.FromText("m.json", """{ "a": 1, "b": true, "c": "plain", "d": null }""");

        var manifest = template.Fill(AppIdValue);

        Assert.Equal("""{"a":1,"b":true,"c":"plain","d":null}""", manifest.ToJsonString());
    }

    [Fact]
    public void UnknownPlaceholder_IsReportedWithFileAndLine()
    {
        var template = ManifestTemplate.FromText("bot-manifest/manifest.json", "{\n  \"id\": \"{{MICROSOFT_APP_ID}}\",\n  \"x\": \"{{BOT_DOMAIN}}\"\n}");

        var failure = Assert.Throws<ManifestPackagingException>(() => template.Fill(AppIdValue));

        Assert.StartsWith("bot-manifest/manifest.json:3:", failure.Message);
        Assert.Contains("{{BOT_DOMAIN}}", failure.Message);
    }

    [Fact]
    public void InvalidJson_IsReportedWithFileAndLine()
    {
        var template = ManifestTemplate.FromText("bot-manifest/manifest.json", "{\n  \"id\": \"x\",\n  \"name\" \"y\"\n}");

        var failure = Assert.Throws<ManifestPackagingException>(() => template.Fill(AppIdValue));

        Assert.StartsWith("bot-manifest/manifest.json:3:", failure.Message);
        Assert.Contains("not valid JSON", failure.Message);
    }

    [Fact]
    public void MalformedPlaceholder_IsReportedInsteadOfPackedAsText()
    {
        var template = ManifestTemplate.FromText("m.json", "{\n  \"id\": \"{{ MICROSOFT_APP_ID }}\"\n}");

        var failure = Assert.Throws<ManifestPackagingException>(() => template.Fill(AppIdValue));

        Assert.StartsWith("m.json:2:", failure.Message);
    }

    [Fact]
    public void TopLevelArray_IsRejected()
    {
        var template = ManifestTemplate.FromText("m.json", "[]");

        var failure = Assert.Throws<ManifestPackagingException>(() => template.Fill(AppIdValue));

        Assert.Contains("must be a JSON object", failure.Message);
    }
}
