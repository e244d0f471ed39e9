using System.CommandLine;
using System.Globalization;
using System.Reflection;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>
/// "train": learns a model from dialogue corpora. Every option overrides one "Trainer" setting; the options are
/// derived from the <see cref="TrainOptionAttribute"/> declarations on <see cref="TrainerOptions"/>.
/// </summary>
public sealed class TrainCommand : Command
{
    private readonly List<(PropertyInfo Property, Option Option)> _declared = [];

    public TrainCommand(CliContext context, SettingsOption settings, TrainerOptions configured)
        : base("train", "Train a model on dialogue corpora (truncated BPTT over whole dialogues). Writes the model atomically, "
            + "checkpoints and metrics.csv to the run folder, and a plot of bits per character to MODEL.png.")
    {
        foreach (var (property, declaration) in TrainOptionAttribute.OnTrainerOptions)
        {
            var option = CreateOption(property, declaration, property.GetValue(configured));
            _declared.Add((property, option));
            Options.Add(option);
        }
        SkipInvalid = OptionFactory.Create<bool>(
            "--skip-invalid",
            "Skip invalid dialogues (each reported with file:line) instead of stopping at the first one.");
        Options.Add(SkipInvalid);

        SetAction((parseResult, cancellationToken) => CommandHost.RunAsync<TrainRunner>(
            context, parseResult.GetValue(settings), ReadOverrides(parseResult),
            runner => runner.RunAsync(parseResult.GetValue(SkipInvalid), context.Arguments, cancellationToken)));
    }

    public Option<bool> SkipInvalid { get; }

    /// <summary>The options given on this command line; the rest are not set and fall back to the settings.</summary>
    public TrainerOptionsOverrides ReadOverrides(ParseResult parseResult)
    {
        var overrides = new TrainerOptionsOverrides();
        foreach (var (property, option) in _declared)
        {
            // A boolean option has an implicit value (false) even when not typed; only what was typed overrides.
            if (parseResult.GetResult(option) is { Implicit: false } given)
            {
                overrides[property.Name] = given.GetValueOrDefault<object?>();
            }
        }
        return overrides;
    }

    // Ranges are checked once, by TrainerOptionsValidator, for settings and options alike.
    private static Option CreateOption(PropertyInfo property, TrainOptionAttribute declaration, object? configured)
    {
        var description = $"{declaration.Description} Default: setting {TrainerOptions.SectionName}:{property.Name} (now: {Shown(configured)}).";
        var type = property.PropertyType;
        if (type == typeof(int))
        {
            return OptionFactory.Int(declaration.Flag, description, helpName: declaration.HelpName ?? "N");
        }
        if (type == typeof(double))
        {
            return OptionFactory.Double(declaration.Flag, description, helpName: declaration.HelpName ?? "X");
        }
        if (type == typeof(bool))
        {
            return OptionFactory.Create<bool>(declaration.Flag, description, declaration.HelpName);
        }
        if (type == typeof(TimeSpan?))
        {
            return OptionFactory.Duration(declaration.Flag, description, declaration.HelpName ?? "TIME");
        }
        if (type == typeof(string))
        {
            return OptionFactory.Create<string?>(declaration.Flag, description, declaration.HelpName ?? "TEXT");
        }
        if (type == typeof(List<string>))
        {
            var list = OptionFactory.Create<string[]>(declaration.Flag, description, declaration.HelpName ?? "TEXT");
            list.Arity = ArgumentArity.OneOrMore;
            return list;
        }
        throw new InvalidOperationException($"TrainerOptions.{property.Name}: no command-line option for a setting of type {type.Name}.");
    }

    private static string Shown(object? value) => value switch
    {
        null => "none",
        bool flag => flag ? "true" : "false",
        IEnumerable<string> list => string.Join(", ", list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
