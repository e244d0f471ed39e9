using ChatBot.Trainer.Metrics;
using ScottPlot;

namespace ChatBot.Trainer.Plotting;

/// <summary>
/// Several runs' held-out curves in one figure, against wall-clock minutes: on a machine whose CPU is the budget,
/// "which set-up learns more per CPU-second" is read off the time axis, not the step axis.
/// </summary>
public static class RunComparisonPlot
{
    public sealed record Run(string Label, IReadOnlyList<MetricsRow> Rows);

    private static readonly Color[] Palette = [Colors.OrangeRed, Colors.SteelBlue, Colors.DarkGreen, Colors.Purple, Colors.DarkOrange, Colors.Black];

    public static byte[] RenderPng(IReadOnlyList<Run> runs, string title)
    {
        using var plot = new Plot();
        for (var r = 0; r < runs.Count; r++)
        {
            var color = Palette[r % Palette.Length];
            var evaluations = runs[r].Rows.Where(row => row.IsEvaluation).ToList();
            var minutes = evaluations.Select(row => row.ElapsedSeconds / 60).ToArray();
            var carried = plot.Add.Scatter(minutes, evaluations.Select(row => row.ValBpc!.Value).ToArray());
            carried.LegendText = $"{runs[r].Label}: held-out, state carried";
            carried.LineWidth = 2;
            carried.MarkerSize = 5;
            carried.Color = color;

            var resetRows = evaluations.Where(row => row.ValBpcReset is not null).ToList();
            if (resetRows.Count > 0)
            {
                var reset = plot.Add.Scatter(
                    resetRows.Select(row => row.ElapsedSeconds / 60).ToArray(),
                    resetRows.Select(row => row.ValBpcReset!.Value).ToArray());
                reset.LegendText = $"{runs[r].Label}: held-out, state reset each exchange";
                reset.LinePattern = LinePattern.Dashed;
                reset.MarkerSize = 3;
                reset.Color = color;
            }
        }
        plot.Title(title);
        plot.XLabel("wall-clock minutes");
        plot.YLabel("bits per character");
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetImageBytes(TrainingPlot.Width, TrainingPlot.Height, ImageFormat.Png);
    }

    /// <summary>Renders and replaces <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IReadOnlyList<Run> runs, string title) => AtomicFile.WriteAllBytes(path, RenderPng(runs, title));
}
