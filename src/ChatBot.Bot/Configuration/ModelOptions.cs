using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Which model file the bot serves and how it is hosted. Section "Bot:Model".</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Bot:Model";

    /// <summary>The model file; a relative path resolves against the content root (the repository under `dotnet run`).</summary>
    public string Path { get; set; } = "models/default.chatbot";

    /// <summary>Watch the model file and swap in a retrained model without a restart.</summary>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>How often the model file is checked for changes.</summary>
    public TimeSpan ReloadCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest time the trial turn that checks a freshly loaded model may take.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

internal sealed class ModelOptionsValidator(IHostEnvironment environment) : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = ModelOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            problems.Check(false, $"{prefix}:Path", "is empty; name the model file the bot should serve");
        }
        else
        {
            var resolved = ContentPaths.Resolve(environment, options.Path);
            problems.Check(File.Exists(resolved), $"{prefix}:Path",
                $"the model file '{options.Path}' (resolved to '{resolved}') does not exist; train one with the trainer " +
                "(src/ChatBot.Training) or point this key at an existing .chatbot file");
        }
        problems.CheckRange(options.ReloadCheckInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromHours(24), $"{prefix}:ReloadCheckInterval");
        problems.CheckRange(options.CheckTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(10), $"{prefix}:CheckTimeout");
        return problems.ToResult();
    }
}
