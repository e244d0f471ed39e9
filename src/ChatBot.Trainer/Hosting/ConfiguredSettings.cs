using ChatBot.Training.Loop;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Trainer.Hosting;

/// <summary>
/// The trainer settings as configured before any command-line option, so --help can show the value each option
/// falls back to. Unvalidated and best-effort: a broken settings file is reported when a command runs, not here.
/// </summary>
public static class ConfiguredSettings
{
    public static TrainerOptions Read(TrainerEnvironment environment)
    {
        try
        {
            var builder = new ConfigurationBuilder();
            TrainerHost.AddSettings(builder, environment, settingsFile: null);
            var options = new TrainerOptions();
            TrainerHost.Bind(builder.Build().GetSection(TrainerOptions.SectionName), options);
            return options;
        }
        catch (Exception exception) when (exception is CommandFailedException or InvalidOperationException or FormatException)
        {
            return new TrainerOptions();
        }
    }
}
