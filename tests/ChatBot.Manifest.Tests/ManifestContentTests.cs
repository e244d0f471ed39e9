using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Manifest.Packaging;
using ChatBot.Manifest.Tests.Support;

namespace ChatBot.Manifest.Tests;

/// <summary>What the packed manifest promises Teams about the bot.</summary>
public sealed class ManifestContentTests
{
    [Fact]
    public async Task CommandLists_HoldExactlyHelpResetAndAbout()
    {
        var bot = await PackedBotAsync();

        var titles = bot["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => command!["title"]!.GetValue<string>())
            .ToList();

        Assert.Equal(["/help", "/reset", "/about"], titles);
    }

    [Fact]
    public async Task EveryCommand_HasAnEnglishDescription()
    {
        var bot = await PackedBotAsync();

        foreach (var command in bot["commandLists"]!.AsArray().SelectMany(list => list!["commands"]!.AsArray()))
        {
            var description = command!["description"]?.GetValue<string>() ?? string.Empty;
            Assert.Matches(@"^[A-Z][A-Za-z ,:.'/()-]{10,}$", description);
        }
    }

    [Fact]
    public async Task CommandList_CoversEveryScopeOfTheBot()
    {
        var bot = await PackedBotAsync();

        var botScopes = bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()).Order();
        var listScopes = bot["commandLists"]!.AsArray()
            .SelectMany(list => list!["scopes"]!.AsArray())
            .Select(scope => scope!.GetValue<string>())
            .Distinct()
            .Order();

        Assert.Equal(botScopes, listScopes);
    }

    [Fact]
    public async Task Bot_IsOfferedInPersonalTeamAndGroupChatScopes()
    {
        var bot = await PackedBotAsync();

        var scopes = bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()).Order();

        Assert.Equal(["groupChat", "personal", "team"], scopes);
    }

    [Fact]
    public async Task AppIdAndBotId_AreTheGivenAppId()
    {
        const string appId = "0f8fad5b-d9cb-469f-a165-70867728950e";
        using var folder = new TemporaryFolder();

        var manifest = await PackedApp.PackRepositoryManifestAsync(folder, appId);

        Assert.Equal(appId, manifest["id"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray());
        Assert.Equal(appId, bot!["botId"]!.GetValue<string>());
    }

    [Fact]
    public void Template_HardCodesNoGuidAndUsesThePlaceholderForBothIds()
    {
        var text = File.ReadAllText(RepositoryPaths.ManifestTemplatePath);
        var template = JsonNode.Parse(text)!;
        var placeholder = $"{{{{{ManifestTemplate.AppIdPlaceholder}}}}}";

        Assert.DoesNotMatch(new Regex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"), text);
        Assert.Equal(placeholder, template["id"]!.GetValue<string>());
        Assert.Equal(placeholder, template["bots"]![0]!["botId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Descriptions_PresentTheLstmBotThatSpeaksEnglishAndPortuguese()
    {
        using var folder = new TemporaryFolder();
        var manifest = await PackedApp.PackRepositoryManifestAsync(folder);

        var full = manifest["description"]!["full"]!.GetValue<string>();
        var brief = manifest["description"]!["short"]!.GetValue<string>();

        Assert.Contains("LSTM", full);
        Assert.Contains("English", full);
        Assert.Contains("Portuguese", full);
        Assert.Contains("LSTM", brief);
        Assert.Equal("RNN Chat", manifest["name"]!["short"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeveloperLinks_AreHttpsAddressesWithoutPlaceholders()
    {
        using var folder = new TemporaryFolder();
        var manifest = await PackedApp.PackRepositoryManifestAsync(folder);
        var developer = manifest["developer"]!;

        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var address = developer[key]!.GetValue<string>();
            Assert.True(Uri.TryCreate(address, UriKind.Absolute, out var uri), $"{key} is no absolute address: {address}");
            Assert.Equal(Uri.UriSchemeHttps, uri!.Scheme);
            Assert.DoesNotContain("{{", address);
        }
    }

    private static async Task<JsonNode> PackedBotAsync()
    {
        using var folder = new TemporaryFolder();
        var manifest = await PackedApp.PackRepositoryManifestAsync(folder);
        return Assert.Single(manifest["bots"]!.AsArray())!;
    }
}
