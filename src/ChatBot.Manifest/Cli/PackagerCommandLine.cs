using System.CommandLine;
using ChatBot.Manifest.Configuration;
using ChatBot.Manifest.Icons;
using ChatBot.Manifest.Packaging;
using Microsoft.Extensions.Options;

namespace ChatBot.Manifest.Cli;

/// <summary>
/// The packer's command line: the root command builds the Teams app zip; <c>icons</c> redraws the two icons.
/// </summary>
public sealed class PackagerCommandLine(
    IOptions<PackagerOptions> options,
    RepositoryLayout repository,
    TeamsAppPackager packager,
    TeamsIconRenderer iconRenderer)
{
    public const string DefaultPackageFileName = "chatbot-teams-app.zip";

    public async Task<int> InvokeAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = BuildRootCommand(output, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // As the trainer does: a usage error is a short message and exit code 2, not the whole help text.
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}");
            }
            await error.WriteLineAsync("Run with --help to see the options.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }

    private RootCommand BuildRootCommand(TextWriter output, TextWriter error)
    {
        var appIdOption = new Option<string?>("--app-id")
        {
            Description = $"The Azure Bot's Microsoft App ID (GUID). Default: {PackagerOptions.AppIdKey} from appsettings.json or the environment.",
            HelpName = "GUID",
        };
        var outputOption = new Option<FileInfo?>("--output", "-o")
        {
            Description = $"Where to write the zip. Default: bot-manifest/build/{DefaultPackageFileName}.",
            HelpName = "path",
        };
        var manifestDirectoryOption = new Option<DirectoryInfo?>("--manifest-dir")
        {
            Description = "Folder holding manifest.json and its icons. Default: bot-manifest/ of the repository.",
            HelpName = "folder",
        };
        var root = new RootCommand("Builds the sideloadable Microsoft Teams app package (manifest.json, color.png, outline.png) for the chat bot.")
        {
            appIdOption,
            outputOption,
            manifestDirectoryOption,
        };
        root.SetAction((parseResult, token) => PackAsync(
            parseResult.GetValue(appIdOption),
            parseResult.GetValue(manifestDirectoryOption)?.FullName ?? repository.ManifestDirectory,
            parseResult.GetValue(outputOption)?.FullName,
            output,
            error,
            token));

        var iconsDirectoryOption = new Option<DirectoryInfo?>("--output-dir")
        {
            Description = "Folder to write color.png and outline.png into. Default: bot-manifest/ of the repository.",
            HelpName = "folder",
        };
        var icons = new Command("icons", "Draws the app's icons: color.png (192×192) and outline.png (32×32, white on transparent).")
        {
            iconsDirectoryOption,
        };
        icons.SetAction((parseResult, token) => WriteIconsAsync(
            parseResult.GetValue(iconsDirectoryOption)?.FullName ?? repository.ManifestDirectory, output, error, token));
        root.Subcommands.Add(icons);
        return root;
    }

    private async Task<int> PackAsync(
        string? appIdFromOption,
        string manifestDirectory,
        string? outputPath,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var (appIdText, source) = appIdFromOption is not null
            ? (appIdFromOption, "--app-id")
            : (options.Value.MicrosoftAppId, $"configuration key {PackagerOptions.AppIdKey}");
        if (string.IsNullOrWhiteSpace(appIdText))
        {
            await error.WriteLineAsync(
                $"error: no bot app id given. Pass --app-id <GUID>, or set \"{PackagerOptions.AppIdKey}\" in {repository.AppSettingsPath} "
                + $"or the {PackagerOptions.AppIdKey} environment variable to the Microsoft App ID of your Azure Bot.");
            return ExitCodes.Usage;
        }

        if (!BotAppId.TryParse(appIdText, out var appId, out var problem))
        {
            await error.WriteLineAsync($"error: {problem} (from {source}).");
            return ExitCodes.Usage;
        }

        var target = outputPath ?? Path.Combine(manifestDirectory, "build", DefaultPackageFileName);
        try
        {
            var package = await packager.PackAsync(manifestDirectory, appId, target, cancellationToken);
            await output.WriteLineAsync(
                $"Wrote {package.Path} ({string.Join(", ", package.EntryNames)}) for bot app id {appId}.");
            return ExitCodes.Success;
        }
        catch (ManifestPackagingException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.DataError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: could not write {target}: {exception.Message}");
            return ExitCodes.WriteFailed;
        }
    }

    private async Task<int> WriteIconsAsync(
        string folder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var colorPath = Path.Combine(folder, "color.png");
        var outlinePath = Path.Combine(folder, "outline.png");
        try
        {
            await AtomicFile.WriteAllBytesAsync(colorPath, iconRenderer.RenderColorIcon(), cancellationToken);
            await AtomicFile.WriteAllBytesAsync(outlinePath, iconRenderer.RenderOutlineIcon(), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: could not write the icons into {folder}: {exception.Message}");
            return ExitCodes.WriteFailed;
        }

        await output.WriteLineAsync($"Wrote {colorPath} and {outlinePath}.");
        return ExitCodes.Success;
    }
}
