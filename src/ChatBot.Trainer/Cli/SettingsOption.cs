using System.CommandLine;

namespace ChatBot.Trainer.Cli;

/// <summary>--config FILE: an extra settings file; accepted by every command.</summary>
public sealed class SettingsOption : Option<string?>
{
    public SettingsOption()
        : base("--config")
    {
        Description = "Extra settings file (JSON, laid out like appsettings.json). It overrides appsettings.json; environment variables and command-line options override it.";
        HelpName = "FILE";
        Recursive = true;
    }
}
