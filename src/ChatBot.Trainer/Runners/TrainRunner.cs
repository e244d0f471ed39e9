using System.Globalization;
using ChatBot.Network;
using ChatBot.Trainer.Metrics;
using ChatBot.Trainer.Plotting;
using ChatBot.Trainer.Progress;
using ChatBot.Training.Loop;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ChatBot.Trainer.Runners;

/// <summary>"train": reads the corpus, runs <see cref="DialogueTrainer"/> with progress, metrics.csv and the plot.</summary>
public sealed class TrainRunner(RunnerStreams streams, IOptions<TrainerOptions> settings, CorpusLoader corpusLoader)
{
    /// <param name="commandLine">The command line as typed, for the "resume with" hint after an interruption.</param>
    public async Task<int> RunAsync(bool skipInvalid, IReadOnlyList<string> commandLine, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var dialogues = corpusLoader.Load(options.Corpus, skipInvalid);
        var runDirectory = options.ResolveRunDirectory();
        Directory.CreateDirectory(runDirectory);
        TorchRuntime.Configure(options.Threads);

        var console = streams.CreateConsole();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training {options.ModelPath} on {dialogues.Count:N0} dialogues ({string.Join(", ", options.Corpus)}); run folder {runDirectory}"));
        var plotPath = TrainingPlot.PathFor(options.ModelPath);
        var plotTitle = $"{Path.GetFileName(options.ModelPath)}: {options.Layers}×{options.HiddenSize} LSTM, embedding {options.EmbeddingSize}";
        using var metrics = new MetricsObserver(
            Path.Combine(runDirectory, MetricsCsvWriter.FileName), plotPath, plotTitle, options.Resume,
            warning => streams.Error.WriteLine($"warning: {warning}"));
        var progress = new ConsoleProgressObserver(console);
        var trainer = new DialogueTrainer(options, new CompositeObserver(metrics, progress));

        TrainingResult result;
        try
        {
            if (streams.IsInteractive)
            {
                result = await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(live =>
                    {
                        progress.Attach(live);
                        return Task.Run(() => Train(trainer, dialogues, progress, cancellationToken), CancellationToken.None);
                    });
            }
            else
            {
                result = await Task.Run(() => Train(trainer, dialogues, progress, cancellationToken), CancellationToken.None);
            }
        }
        finally
        {
            // Also after a failure: the plot shows how far the run got.
            metrics.Complete();
        }

        return Report(result, options, runDirectory, plotPath, commandLine);
    }

    private static TrainingResult Train(DialogueTrainer trainer, IReadOnlyList<Training.Corpora.Dialogue> dialogues, ConsoleProgressObserver progress, CancellationToken cancellationToken)
    {
        try
        {
            return trainer.Train(dialogues, cancellationToken);
        }
        // What the trainer rejects (no checkpoint to resume, a checkpoint from another corpus, too few dialogues, a bad value list)
        // is a problem with the input, and its message says which.
        catch (Exception exception) when (exception is FileNotFoundException or ArgumentException or InvalidDataException || exception.GetType() == typeof(InvalidOperationException))
        {
            throw CommandFailedException.DataError(exception.Message, exception);
        }
        finally
        {
            progress.Complete();
        }
    }

    private int Report(TrainingResult result, TrainerOptions options, string runDirectory, string plotPath, IReadOnlyList<string> commandLine)
    {
        // Plain output after the live display has closed: the console would wrap a long resume command at its width.
        var output = streams.Output;
        var best = result.Best is { } report
            ? string.Create(CultureInfo.InvariantCulture, $"; best held-out {report.BitsPerChar:F4} bpc (context gain {report.ContextGain:+0.0000;-0.0000;0.0000})")
            : "";
        if (result.Interrupted)
        {
            output.WriteLine($"Interrupted at step {result.Steps} after {ProgressText.Duration(result.Elapsed)}{best}.");
            output.WriteLine($"A checkpoint is in {runDirectory}; no model file was written.");
            output.WriteLine($"Resume with: {TrainerApp.Invocation} {ResumeArguments(commandLine)}");
            return ExitCodes.Interrupted;
        }
        var why = result.StoppedEarly ? " (stopped early: held-out bpc stopped improving)" : "";
        output.WriteLine($"Done: {result.Steps} steps in {ProgressText.Duration(result.Elapsed)}{why}{best}.");
        output.WriteLine($"Model: {result.ModelPath ?? options.ModelPath}");
        output.WriteLine($"Metrics: {Path.Combine(runDirectory, MetricsCsvWriter.FileName)}");
        if (File.Exists(plotPath))
        {
            output.WriteLine($"Plot: {plotPath}");
        }
        return ExitCodes.Success;
    }

    /// <summary>The same command line with --resume, so the run continues with the same settings.</summary>
    private static string ResumeArguments(IReadOnlyList<string> commandLine)
    {
        var arguments = commandLine.Select(Quote).ToList();
        if (!commandLine.Contains("--resume"))
        {
            arguments.Add("--resume");
        }
        return string.Join(' ', arguments);
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(ch => char.IsLetterOrDigit(ch) || "-_./:=,+@".Contains(ch))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
