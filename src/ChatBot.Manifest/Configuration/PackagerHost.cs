using ChatBot.Manifest.Cli;
using ChatBot.Manifest.Icons;
using ChatBot.Manifest.Packaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Manifest.Configuration;

/// <summary>Composes the packer: configuration (appsettings.json, then environment variables) and services.</summary>
public static class PackagerHost
{
    /// <exception cref="InvalidDataException">appsettings.json exists but is not valid JSON.</exception>
    public static IHost Build(RepositoryLayout repository)
    {
        // The empty builder adds no defaults (no logging, no command-line or DOTNET_ sources): only what is listed here.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = repository.RootDirectory,
        });
        builder.Configuration.AddJsonFile(repository.AppSettingsPath, optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();

        builder.Services.AddSingleton(repository);
        builder.Services.AddOptions<PackagerOptions>().Bind(builder.Configuration);
        builder.Services.AddSingleton<TeamsAppPackageWriter>();
        builder.Services.AddSingleton<TeamsAppPackager>();
        builder.Services.AddSingleton<TeamsIconRenderer>();
        builder.Services.AddSingleton<PackagerCommandLine>();
        return builder.Build();
    }
}
