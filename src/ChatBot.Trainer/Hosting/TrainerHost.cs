using ChatBot.Training.Loop;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Hosting;

/// <summary>
/// Builds the generic host for one command. Settings, lowest precedence first: the appsettings.json copied next to
/// the program (the repository's top-level file, the one the bot reads), appsettings.json in the working folder,
/// the file named by --config, environment variables (Trainer__HiddenSize=128), then the command-line options.
/// </summary>
public static class TrainerHost
{
    public static IHost Build(
        TrainerEnvironment environment,
        string? settingsFile,
        TrainerOptionsOverrides overrides,
        Action<IServiceCollection>? addServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Defaults would add sources from the process (current folder, real environment, raw args); the CLI
            // lists its own so that tests can run it in-process with their own folders and variables.
            DisableDefaults = true,
            ContentRootPath = environment.WorkingDirectory,
            ApplicationName = "ChatBot.Trainer",
        });
        AddSettings(builder.Configuration, environment, settingsFile);
        builder.Logging.ClearProviders();

        builder.Services.AddSingleton(environment);
        builder.Services.AddOptions<TrainerOptions>()
            .Configure(options => Bind(builder.Configuration.GetSection(TrainerOptions.SectionName), options))
            .PostConfigure(options =>
            {
                overrides.ApplyTo(options);
                ResolvePaths(options, environment);
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TrainerOptions>, TrainerOptionsValidator>();
        addServices?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Binds the section; a configured list replaces the default one (the binder would otherwise append to the
    /// list the options class starts with).
    /// </summary>
    public static void Bind(IConfigurationSection section, TrainerOptions options)
    {
        section.Bind(options);
        var corpus = section.GetSection(nameof(TrainerOptions.Corpus));
        if (corpus.GetChildren().Any())
        {
            options.Corpus = corpus.Get<List<string>>() ?? [];
        }
    }

    /// <summary>Validates every option class registered with ValidateOnStart; bad settings are a usage error.</summary>
    public static void ValidateSettings(IHost host)
    {
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException exception)
        {
            throw CommandFailedException.Usage(string.Join(Environment.NewLine, exception.Failures));
        }
        catch (InvalidOperationException exception)
        {
            // The binder's "Failed to convert configuration value at 'Trainer:X' to type ..." names the setting.
            throw CommandFailedException.Usage($"invalid setting: {exception.Message}");
        }
    }

    public static void AddSettings(IConfigurationBuilder configuration, TrainerEnvironment environment, string? settingsFile)
    {
        var shipped = Path.GetFullPath(Path.Combine(environment.BaseDirectory, TrainerEnvironment.SettingsFileName));
        var local = Path.GetFullPath(Path.Combine(environment.WorkingDirectory, TrainerEnvironment.SettingsFileName));
        AddJson(configuration, shipped, optional: true);
        if (!string.Equals(local, shipped, StringComparison.Ordinal))
        {
            AddJson(configuration, local, optional: true);
        }
        if (settingsFile is not null)
        {
            var explicitFile = environment.ResolvePath(settingsFile);
            if (!File.Exists(explicitFile))
            {
                throw CommandFailedException.Usage($"settings file not found: {explicitFile}");
            }
            AddJson(configuration, explicitFile, optional: false);
        }
        configuration.AddInMemoryCollection(EnvironmentSettings(environment.EnvironmentVariables));
    }

    private static void AddJson(IConfigurationBuilder configuration, string path, bool optional)
    {
        if (optional && !File.Exists(path))
        {
            return;
        }
        // Read once now rather than watching: a damaged file is reported here, with its path.
        try
        {
            var settings = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
            configuration.AddConfiguration(settings);
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or IOException)
        {
            var reason = exception.InnerException?.Message ?? exception.Message;
            throw CommandFailedException.Usage($"{path}: cannot read settings: {reason}");
        }
    }

    /// <summary>Same mapping as the standard environment-variable source: "__" separates sections.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> EnvironmentSettings(IReadOnlyDictionary<string, string> variables) =>
        variables
            .Where(variable => variable.Key.Contains("__", StringComparison.Ordinal))
            .Select(variable => KeyValuePair.Create(variable.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), (string?)variable.Value));

    private static void ResolvePaths(TrainerOptions options, TrainerEnvironment environment)
    {
        options.Corpus = [.. options.Corpus.Select(path => string.IsNullOrWhiteSpace(path) ? path : environment.ResolvePath(path))];
        if (!string.IsNullOrWhiteSpace(options.ModelPath))
        {
            options.ModelPath = environment.ResolvePath(options.ModelPath);
        }
        if (!string.IsNullOrWhiteSpace(options.RunDirectory))
        {
            options.RunDirectory = environment.ResolvePath(options.RunDirectory);
        }
        if (!string.IsNullOrWhiteSpace(options.MemoryValuesFile))
        {
            options.MemoryValuesFile = environment.ResolvePath(options.MemoryValuesFile);
        }
        if (!string.IsNullOrWhiteSpace(options.HeldOutValuesFile))
        {
            options.HeldOutValuesFile = environment.ResolvePath(options.HeldOutValuesFile);
        }
    }
}
