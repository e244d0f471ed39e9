using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Collects start-up configuration problems, each naming the key to fix, and turns them into a validation result.</summary>
internal sealed class OptionsProblems
{
    private readonly List<string> _problems = [];

    public void Check(bool ok, string key, string problem)
    {
        if (!ok)
        {
            _problems.Add($"{key}: {problem} (set it in appsettings.json or the environment variable {ToEnvironmentVariable(key)}).");
        }
    }

    public void CheckRange(int value, int min, int max, string key) =>
        Check(value >= min && value <= max, key, $"must be between {min} and {max}, not {value}");

    public void CheckRange(double value, double min, double max, string key) =>
        Check(value >= min && value <= max && !double.IsNaN(value), key, $"must be between {min} and {max}, not {value}");

    public void CheckRange(TimeSpan value, TimeSpan min, TimeSpan max, string key) =>
        Check(value >= min && value <= max, key, $"must be between {min:c} and {max:c}, not {value:c}");

    public ValidateOptionsResult ToResult() =>
        _problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_problems);

    /// <summary>"Bot:Model:Path" → "Bot__Model__Path", the form that overrides it from the environment.</summary>
    public static string ToEnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
