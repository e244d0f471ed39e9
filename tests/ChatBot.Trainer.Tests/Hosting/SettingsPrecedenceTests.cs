using ChatBot.Trainer.Hosting;
using ChatBot.Training.Loop;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Tests.Hosting;

public sealed class SettingsPrecedenceTests : IDisposable
{
    private readonly TestFolder _program = new();
    private readonly TestFolder _working = new();

    public void Dispose()
    {
        _program.Dispose();
        _working.Dispose();
    }

    [Fact]
    public void The_settings_file_next_to_the_program_is_read()
    {
        _program.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 40, "Layers": 3 } }""");

        var options = Resolve();

        Assert.Equal(40, options.HiddenSize);
        Assert.Equal(3, options.Layers);
    }

    [Fact]
    public void A_settings_file_in_the_working_folder_overrides_the_one_next_to_the_program()
    {
        _program.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 40, "Layers": 3 } }""");
        _working.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 50 } }""");

        var options = Resolve();

        Assert.Equal(50, options.HiddenSize);
        Assert.Equal(3, options.Layers);
    }

    [Fact]
    public void Environment_variables_override_settings_files()
    {
        _working.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 50, "Layers": 3 } }""");

        var options = Resolve(environment: new Dictionary<string, string> { ["Trainer__HiddenSize"] = "60" });

        Assert.Equal(60, options.HiddenSize);
        Assert.Equal(3, options.Layers);
    }

    [Fact]
    public void Command_line_options_override_environment_and_files()
    {
        _working.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 50, "Layers": 3 } }""");

        var options = Resolve(
            environment: new Dictionary<string, string> { ["Trainer__HiddenSize"] = "60" },
            overrides: new TrainerOptionsOverrides { [nameof(TrainerOptions.HiddenSize)] = 70 });

        Assert.Equal(70, options.HiddenSize);
        Assert.Equal(3, options.Layers);
    }

    [Fact]
    public void A_config_file_given_on_the_command_line_overrides_appsettings_but_not_the_environment()
    {
        _working.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 50, "Layers": 3, "BatchSize": 9 } }""");
        _working.Write("extra.json", """{ "Trainer": { "HiddenSize": 55, "BatchSize": 7 } }""");

        var options = Resolve(settingsFile: "extra.json", environment: new Dictionary<string, string> { ["Trainer__BatchSize"] = "8" });

        Assert.Equal(55, options.HiddenSize);
        Assert.Equal(3, options.Layers);
        Assert.Equal(8, options.BatchSize);
    }

    [Fact]
    public void A_configured_corpus_list_replaces_the_default_list()
    {
        _working.Write("appsettings.json", """{ "Trainer": { "Corpus": [ "one", "two" ] } }""");

        var options = Resolve();

        Assert.Equal([_working.File("one"), _working.File("two")], options.Corpus);
    }

    [Fact]
    public void A_corpus_given_on_the_command_line_replaces_the_configured_list_whole()
    {
        _working.Write("appsettings.json", """{ "Trainer": { "Corpus": [ "one", "two", "three" ] } }""");

        var options = Resolve(overrides: new TrainerOptionsOverrides { [nameof(TrainerOptions.Corpus)] = new[] { "mine" } });

        Assert.Equal([_working.File("mine")], options.Corpus);
    }

    [Fact]
    public void Relative_paths_are_taken_from_the_working_folder()
    {
        var options = Resolve(overrides: new TrainerOptionsOverrides { [nameof(TrainerOptions.ModelPath)] = "models/x.chatbot", [nameof(TrainerOptions.RunDirectory)] = "runs/x" });

        Assert.Equal(Path.Combine(_working.Path, "models", "x.chatbot"), options.ModelPath);
        Assert.Equal(Path.Combine(_working.Path, "runs", "x"), options.RunDirectory);
    }

    [Fact]
    public void Out_of_range_settings_fail_validation_naming_the_setting_and_its_option()
    {
        using var host = TrainerHost.Build(Environment(), null, new TrainerOptionsOverrides { [nameof(TrainerOptions.Layers)] = 0 });

        var failure = Assert.Throws<CommandFailedException>(() => TrainerHost.ValidateSettings(host));

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Contains("Trainer:Layers (--layers)", failure.Message);
    }

    [Fact]
    public void A_setting_of_the_wrong_type_is_a_usage_error_naming_it()
    {
        _working.Write("appsettings.json", """{ "Trainer": { "HiddenSize": "lots" } }""");
        using var host = TrainerHost.Build(Environment(), null, TrainerOptionsOverrides.None);

        var failure = Assert.Throws<CommandFailedException>(() => TrainerHost.ValidateSettings(host));

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Contains("Trainer:HiddenSize", failure.Message);
    }

    [Fact]
    public void The_program_ships_the_repository_top_level_settings_file()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ChatBot.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        Assert.Equal(File.ReadAllText(Path.Combine(root.FullName, "appsettings.json")), File.ReadAllText(shipped));
    }

    private TrainerEnvironment Environment(IReadOnlyDictionary<string, string>? environment = null) =>
        new(_program.Path, _working.Path, environment ?? new Dictionary<string, string>(), IsInteractive: false);

    private TrainerOptions Resolve(
        string? settingsFile = null,
        IReadOnlyDictionary<string, string>? environment = null,
        TrainerOptionsOverrides? overrides = null)
    {
        using var host = TrainerHost.Build(Environment(environment), settingsFile, overrides ?? TrainerOptionsOverrides.None);
        TrainerHost.ValidateSettings(host);
        return host.Services.GetRequiredService<IOptions<TrainerOptions>>().Value;
    }
}
