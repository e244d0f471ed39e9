using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ChatBot.Trainer.Cli;

/// <summary>
/// Builds options with a help text and, for numbers, a parser whose errors read "--hidden expects a whole number"
/// (not a CLR type name) and an optional range check. Numbers use the invariant culture: "0.002", never "0,002".
/// </summary>
public static class OptionFactory
{
    public static Option<T> Create<T>(string name, string description, string? helpName = null)
    {
        var option = new Option<T>(name) { Description = description };
        if (helpName is not null)
        {
            option.HelpName = helpName;
        }
        return option;
    }

    /// <summary>An optional whole number; absent means "use the setting or default". Range [min, max] when given.</summary>
    public static Option<int?> Int(string name, string description, int? min = null, int? max = null, string helpName = "N")
    {
        var option = Create<int?>(name, description, helpName);
        option.CustomParser = result =>
        {
            var token = SingleToken(result);
            if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"{name} expects a whole number, got '{token}'.");
                return null;
            }
            if (value < (min ?? int.MinValue) || value > (max ?? int.MaxValue))
            {
                result.AddError(max is null
                    ? $"{name} must be at least {min} (got {value})."
                    : $"{name} must be between {min} and {max} (got {value}).");
                return null;
            }
            return value;
        };
        return option;
    }

    /// <summary>An optional real number; range [min, max], or (min, max] when <paramref name="minExclusive"/>.</summary>
    public static Option<double?> Double(string name, string description, double? min = null, double? max = null, bool minExclusive = false, string helpName = "X")
    {
        var option = Create<double?>(name, description, helpName);
        option.CustomParser = result =>
        {
            var token = SingleToken(result);
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                result.AddError($"{name} expects a number such as 0.5, got '{token}'.");
                return null;
            }
            var low = min ?? double.NegativeInfinity;
            var high = max ?? double.PositiveInfinity;
            if ((minExclusive ? value <= low : value < low) || value > high)
            {
                var lower = minExclusive ? $"greater than {Show(low)}" : $"at least {Show(low)}";
                result.AddError($"{name} must be {lower} and at most {Show(high)} (got {Show(value)}).");
                return null;
            }
            return value;
        };
        return option;
    }

    /// <summary>An optional positive duration: a number with the unit s, m or h ("90s", "45m", "1.5h").</summary>
    public static Option<TimeSpan?> Duration(string name, string description, string helpName = "TIME")
    {
        var option = Create<TimeSpan?>(name, description, helpName);
        option.CustomParser = result =>
        {
            var token = SingleToken(result).Trim();
            var unit = token.Length > 0 ? char.ToLowerInvariant(token[^1]) : ' ';
            var seconds = unit switch { 's' => 1.0, 'm' => 60.0, 'h' => 3600.0, _ => 0.0 };
            if (seconds == 0 || !double.TryParse(token[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                || !double.IsFinite(amount) || amount <= 0)
            {
                result.AddError($"{name} expects a positive duration such as 90s, 45m or 1.5h, got '{token}'.");
                return null;
            }
            return TimeSpan.FromSeconds(amount * seconds);
        };
        return option;
    }

    // Arity is one value per occurrence; the last occurrence wins, as for built-in parsing.
    private static string SingleToken(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
