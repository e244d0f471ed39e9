using System.Text.Json.Nodes;
using ChatBot.Manifest.Cli;
using ChatBot.Manifest.Configuration;
using ChatBot.Manifest.Icons;
using ChatBot.Manifest.Packaging;
using ChatBot.Manifest.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChatBot.Manifest.Tests;

/// <summary>The packer's command line, run in-process against a copy of bot-manifest/.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TemporaryFolder _repository = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public CommandLineTests()
    {
        _repository.CopyOfBotManifest();
    }

    private string DefaultPackagePath => _repository.Combine("bot-manifest", "build", PackagerCommandLine.DefaultPackageFileName);

    [Fact]
    public async Task MissingAppId_ExitsWithAnErrorThatSaysHowToGiveIt()
    {
        var exitCode = await RunAsync(configuredAppId: null);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--app-id", _error.ToString());
        Assert.Contains("MicrosoftAppId", _error.ToString());
        Assert.False(File.Exists(DefaultPackagePath));
    }

    [Fact]
    public async Task InvalidAppIdOption_ExitsWithAnErrorNamingTheOption()
    {
        var exitCode = await RunAsync(configuredAppId: null, "--app-id", "my-bot");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("'my-bot' is not a GUID", _error.ToString());
        Assert.Contains("(from --app-id)", _error.ToString());
        Assert.False(File.Exists(DefaultPackagePath));
    }

    [Fact]
    public async Task InvalidConfiguredAppId_ExitsWithAnErrorNamingTheSetting()
    {
        var exitCode = await RunAsync(configuredAppId: "<your app id>");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("MicrosoftAppId", _error.ToString());
    }

    [Fact]
    public async Task ConfiguredAppId_IsPackedIntoTheDefaultOutputWhenNoOptionIsGiven()
    {
        var exitCode = await RunAsync(configuredAppId: TestAppIds.Text);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(TestAppIds.Text, PackedBotId(DefaultPackagePath));
        Assert.Contains(DefaultPackagePath, _output.ToString());
    }

    [Fact]
    public async Task AppIdOption_OverridesTheConfiguredAppId()
    {
        const string fromOption = "9a2b3c4d-1111-4222-8333-944455556666";

        var exitCode = await RunAsync(configuredAppId: TestAppIds.Text, "--app-id", fromOption);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(fromOption, PackedBotId(DefaultPackagePath));
    }

    [Fact]
    public async Task OutputOption_ChoosesWhereTheZipIsWritten()
    {
        var target = _repository.Combine("elsewhere", "teams.zip");

        var exitCode = await RunAsync(configuredAppId: null, "--app-id", TestAppIds.Text, "--output", target);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(TestAppIds.Text, PackedBotId(target));
        Assert.False(File.Exists(DefaultPackagePath));
    }

    [Fact]
    public async Task BrokenManifest_ExitsWithAnErrorNamingFileAndLine()
    {
        var manifestPath = _repository.Combine("bot-manifest", "manifest.json");
        File.WriteAllText(manifestPath, "{\n  \"id\": \"{{MICROSOFT_APP_ID}}\",\n  oops\n}");

        var exitCode = await RunAsync(configuredAppId: TestAppIds.Text);

        Assert.Equal(ExitCodes.DataError, exitCode);
        Assert.Contains($"{manifestPath}:3:", _error.ToString());
        Assert.DoesNotContain("   at ", _error.ToString()); // no stack trace
    }

    [Fact]
    public async Task UnknownOption_IsAUsageErrorOfOneLineWithoutTheHelp()
    {
        var exitCode = await RunAsync(configuredAppId: TestAppIds.Text, "--app-idd", TestAppIds.Text);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--app-idd", _error.ToString());
        Assert.Contains("--help", _error.ToString());
        Assert.DoesNotContain("Usage:", _error.ToString() + _output.ToString());
        Assert.False(File.Exists(_repository.Combine("bot-manifest", "build", PackagerCommandLine.DefaultPackageFileName)));
    }

    [Fact]
    public async Task IconsCommand_WritesBothIconsIntoTheGivenFolder()
    {
        var target = _repository.Combine("icons");

        var exitCode = await RunAsync(configuredAppId: null, "icons", "--output-dir", target);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(PngHeader.TryRead(File.ReadAllBytes(Path.Combine(target, "color.png")), out var color));
        Assert.True(PngHeader.TryRead(File.ReadAllBytes(Path.Combine(target, "outline.png")), out var outline));
        Assert.Equal((192, 32), (color.Width, outline.Width));
    }

    public void Dispose()
    {
        _repository.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private Task<int> RunAsync(string? configuredAppId, params string[] args)
    {
        var commandLine = new PackagerCommandLine(
            Options.Create(new PackagerOptions { MicrosoftAppId = configuredAppId }),
            new RepositoryLayout(_repository.Path),
            new TeamsAppPackager(new TeamsAppPackageWriter()),
            new TeamsIconRenderer());
        return commandLine.InvokeAsync(args, _output, _error, CancellationToken.None);
    }

    private static string PackedBotId(string zipPath) =>
        JsonNode.Parse(PackedApp.ReadEntryText(zipPath, "manifest.json"))!["bots"]![0]!["botId"]!.GetValue<string>();
}
