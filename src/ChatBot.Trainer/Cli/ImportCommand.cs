using System.CommandLine;
using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Trainer.Cli;

/// <summary>"import": converts a public dataset into the project's dialogue format.</summary>
public sealed class ImportCommand : Command
{
    public ImportCommand(CliContext context, SettingsOption settings, CorpusImporters importers)
        : base("import", "Convert a public dialogue dataset into the project's corpus format (UTF-8 text, one turn per line, "
            + "a blank line between dialogues). Prints how many dialogues were written and how many were skipped.")
    {
        Format = OptionFactory.Create<string>(
            "--format",
            "Input format, one of: " + string.Join("; ", importers.All.Select(importer => $"{importer.Name} ({importer.Description})")) + ".",
            "NAME");
        Format.Required = true;
        Format.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string>();
            if (name is not null && importers.Find(name) is null)
            {
                result.AddError($"--format: unknown format '{name}'; known formats: {string.Join(", ", importers.Names)}.");
            }
        });
        Input = OptionFactory.Create<string>("--input", "The dataset file or folder to read.", "PATH");
        Input.Required = true;
        Output = OptionFactory.Create<string>("--output", "The corpus file to write (replaced atomically if it exists).", "FILE");
        Output.Required = true;
        SkipInvalid = OptionFactory.Create<bool>("--skip-invalid", "Skip malformed records (reported with file:line) instead of stopping at the first one.");
        Options.Add(Format);
        Options.Add(Input);
        Options.Add(Output);
        Options.Add(SkipInvalid);

        SetAction((parseResult, _) => CommandHost.RunAsync<ImportRunner>(
            context, parseResult.GetValue(settings), TrainerOptionsOverrides.None,
            runner => Task.FromResult(runner.Run(parseResult.GetValue(Format)!, parseResult.GetValue(Input)!, parseResult.GetValue(Output)!, parseResult.GetValue(SkipInvalid))),
            validateSettings: false));
    }

    public Option<string> Format { get; }
    public Option<string> Input { get; }
    public Option<string> Output { get; }
    public Option<bool> SkipInvalid { get; }
}
