using System.Reflection;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// Checks an options section's enum settings (e.g. Bot:StateStore:Provider) by name before the configuration binder
/// converts them. On an unknown name the binder throws an InvalidOperationException, which stops start-up with a stack
/// trace before the other settings are checked; and it takes numbers and comma lists ("7", "Sqlite,Redis") as values.
/// </summary>
internal static class EnumSettings
{
    /// <exception cref="OptionsValidationException">
    /// A setting names no value of its enum (names compare ignoring case); start-up lists it with the other settings' problems.
    /// </exception>
    public static void ThrowIfUnknown<TOptions>(IConfigurationSection section)
    {
        var problems = new OptionsProblems();
        foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsEnum && section[property.Name] is { } value)
            {
                var names = Enum.GetNames(type);
                problems.Check(names.Contains(value, StringComparer.OrdinalIgnoreCase), $"{section.Path}:{property.Name}",
                    $"must be {string.Join(" or ", names)}, not '{value}'");
            }
        }
        if (problems.ToResult() is { Failed: true } result)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), result.Failures);
        }
    }
}
