using System.CommandLine;
using ChatBot.Trainer.Metrics;
using ChatBot.Trainer.Plotting;

namespace ChatBot.Trainer.Cli;

/// <summary>"plot": the held-out curves of several training runs in one PNG, against wall-clock time.</summary>
public sealed class PlotCommand : Command
{
    public PlotCommand(CliContext context)
        : base("plot", "Draw the held-out bits per character of several training runs (their metrics.csv) in one PNG, "
            + "against wall-clock minutes, to compare set-ups by what they learn per unit of time.")
    {
        Runs = OptionFactory.Create<string[]>("--run", "A run to draw, as LABEL=PATH of its metrics.csv; repeat for several.", "LABEL=PATH");
        Runs.Arity = ArgumentArity.OneOrMore;
        Runs.Required = true;
        Out = OptionFactory.Create<string>("--out", "The PNG file to write (replaced atomically).", "FILE");
        Out.Required = true;
        Title = OptionFactory.Create<string?>("--title", "The figure's title. Default: \"held-out bits per character\".", "TEXT");
        Options.Add(Runs);
        Options.Add(Out);
        Options.Add(Title);

        SetAction(async (parseResult, _) =>
        {
            var runs = parseResult.GetValue(Runs)!.Select(Read).ToList();
            var path = parseResult.GetValue(Out)!;
            RunComparisonPlot.Write(path, runs, parseResult.GetValue(Title) ?? "held-out bits per character");
            await context.Output.WriteLineAsync($"Wrote {path} ({runs.Count} runs).");
            return ExitCodes.Success;
        });
    }

    public Option<string[]> Runs { get; }
    public Option<string> Out { get; }
    public Option<string?> Title { get; }

    private static RunComparisonPlot.Run Read(string spec)
    {
        var split = spec.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0 || split == spec.Length - 1)
        {
            throw CommandFailedException.Usage($"--run expects LABEL=PATH, got '{spec}'.");
        }
        var path = spec[(split + 1)..];
        if (!File.Exists(path))
        {
            throw CommandFailedException.DataError($"{path}: no such metrics file.");
        }
        var rows = MetricsCsvReader.Read(path).Rows;
        if (!rows.Any(row => row.IsEvaluation))
        {
            throw CommandFailedException.DataError($"{path}: no held-out evaluation in this run yet.");
        }
        return new RunComparisonPlot.Run(spec[..split], rows);
    }
}
