using ChatBot.Trainer.Hosting;
using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Trainer.Runners;

/// <summary>"import": converts a public dataset into the project's dialogue format.</summary>
public sealed class ImportRunner(RunnerStreams streams, TrainerEnvironment environment, CorpusImporters importers)
{
    public int Run(string format, string input, string output, bool skipInvalid)
    {
        var importer = importers.Find(format)
            ?? throw CommandFailedException.Usage($"unknown format '{format}'; known formats: {string.Join(", ", importers.Names)}");
        var inputPath = environment.ResolvePath(input);
        var outputPath = environment.ResolvePath(output);
        if (!File.Exists(inputPath) && !Directory.Exists(inputPath))
        {
            throw CommandFailedException.DataError($"input not found: {inputPath}");
        }

        ImportResult result;
        try
        {
            result = importer.Import(inputPath, skipInvalid);
        }
        catch (CorpusFormatException exception)
        {
            throw CommandFailedException.DataError(exception.Message, exception);
        }

        try
        {
            DialogueCorpusWriter.Write(outputPath, result.Dialogues, $"Imported from {Path.GetFileName(inputPath)} (format {importer.Name}).");
        }
        catch (ArgumentException exception)
        {
            throw CommandFailedException.DataError(exception.Message, exception);
        }

        CorpusLoader.ReportSkipped(streams.Error, result.Skipped, result.Problems, "conversation");
        var exchanges = result.Dialogues.Sum(dialogue => dialogue.Exchanges);
        var count = result.Dialogues.Count;
        streams.Output.WriteLine($"wrote {count} dialogue{(count == 1 ? "" : "s")} ({exchanges} exchanges) to {outputPath}; skipped {result.Skipped}");
        return ExitCodes.Success;
    }
}
