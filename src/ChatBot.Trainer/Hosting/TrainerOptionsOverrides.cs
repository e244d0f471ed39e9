using System.Reflection;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Hosting;

/// <summary>
/// Values given on the command line, by <see cref="TrainerOptions"/> property name. A setting that is not set, or set
/// to null, was not given: the value from appsettings.json or the environment stays. Applied after configuration
/// binding, so the command line always wins.
/// </summary>
public sealed class TrainerOptionsOverrides
{
    private readonly Dictionary<PropertyInfo, object> _values = [];

    public static TrainerOptionsOverrides None { get; } = new();

    /// <summary>Sets a property's value (null = not given), e.g. <c>new TrainerOptionsOverrides { [nameof(TrainerOptions.ModelPath)] = path }</c>.</summary>
    /// <exception cref="ArgumentException">TrainerOptions has no such settable property.</exception>
    public object? this[string property]
    {
        set
        {
            if (ReferenceEquals(this, None))
            {
                throw new InvalidOperationException("TrainerOptionsOverrides.None is shared and stays empty; make a new instance.");
            }
            var info = typeof(TrainerOptions).GetProperty(property) is { CanWrite: true } found
                ? found
                : throw new ArgumentException($"TrainerOptions has no setting {property}.", nameof(property));
            if (value is null)
            {
                _values.Remove(info);
            }
            else
            {
                _values[info] = value;
            }
        }
    }

    public void ApplyTo(TrainerOptions options)
    {
        foreach (var (property, value) in _values)
        {
            // A list given on the command line replaces the configured one whole; binding by index would keep
            // configured entries past its end.
            property.SetValue(options, value is IEnumerable<string> list && property.PropertyType == typeof(List<string>) ? list.ToList() : value);
        }
    }
}
