using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ChatBot.Training.Loop;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Hosting;

/// <summary>
/// Checks <see cref="TrainerOptions"/> against its DataAnnotations and says, for each problem, which setting and
/// which command-line option to change.
/// </summary>
public sealed class TrainerOptionsValidator : IValidateOptions<TrainerOptions>
{
    /// <summary>The command-line option that sets each property, for error messages (from the <see cref="TrainOptionAttribute"/> declarations).</summary>
    public static IReadOnlyDictionary<string, string> OptionNames { get; } =
        TrainOptionAttribute.OnTrainerOptions.ToDictionary(x => x.Property.Name, x => x.Declaration.Flag);

    public ValidateOptionsResult Validate(string? name, TrainerOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(result => Describe(options, result)).ToList();
        if (options.Corpus.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add(Describe(nameof(TrainerOptions.Corpus), "a corpus path is empty"));
        }
        if (options.TimeBudget is { } budget && budget <= TimeSpan.Zero)
        {
            failures.Add(Describe(nameof(TrainerOptions.TimeBudget), $"the time budget must be positive (got {budget})"));
        }
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            failures.Add(Describe(nameof(TrainerOptions.ModelPath), "the model path is empty"));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Distinct());
    }

    private static string Describe(TrainerOptions options, ValidationResult result)
    {
        var member = result.MemberNames.FirstOrDefault() ?? "";
        var value = typeof(TrainerOptions).GetProperty(member)?.GetValue(options);
        var shown = value switch
        {
            null => "(none)",
            IEnumerable<string> list => "[" + string.Join(", ", list) + "]",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return Describe(member, $"{result.ErrorMessage} (got {shown})");
    }

    private static string Describe(string member, string problem)
    {
        var option = OptionNames.TryGetValue(member, out var flag) ? $" ({flag})" : "";
        return $"invalid setting {TrainerOptions.SectionName}:{member}{option}: {problem}";
    }
}
