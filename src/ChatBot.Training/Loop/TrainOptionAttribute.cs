using System.Reflection;

namespace ChatBot.Training.Loop;

/// <summary>
/// Declares the <c>train</c> command-line option that sets a <see cref="TrainerOptions"/> property: its flag and help
/// text. The command's options, the overrides they make and the flag named in a setting's error message all come from
/// these declarations, so a new setting is one property.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TrainOptionAttribute(string flag, string description) : Attribute
{
    public string Flag { get; } = flag;

    public string Description { get; } = description;

    /// <summary>The value's name in the help text (N, X, PATH, …); a default by type when null.</summary>
    public string? HelpName { get; init; }

    /// <summary>The <see cref="TrainerOptions"/> properties that have an option, in declaration order, with their declarations.</summary>
    public static IReadOnlyList<(PropertyInfo Property, TrainOptionAttribute Declaration)> OnTrainerOptions { get; } = typeof(TrainerOptions)
        .GetProperties()
        .Select(property => (Property: property, Declaration: property.GetCustomAttribute<TrainOptionAttribute>()))
        .Where(x => x.Declaration is not null)
        .Select(x => (x.Property, x.Declaration!))
        .ToList();
}
