using ChatBot.Trainer.Metrics;
using ScottPlot;

namespace ChatBot.Trainer.Plotting;

/// <summary>Draws a run's learning curves, all in bits per character against the step: training loss and held-out bpc.</summary>
public static class TrainingPlot
{
    public const int Width = 1000;
    public const int Height = 600;

    /// <summary>Where the plot of the model at <paramref name="modelPath"/> goes: next to it, as MODEL.png.</summary>
    public static string PathFor(string modelPath) => modelPath + ".png";

    public static byte[] RenderPng(IReadOnlyList<MetricsRow> rows, string title)
    {
        using var plot = new Plot();
        var training = rows.Where(row => row.TrainLoss is not null).ToList();
        var evaluations = rows.Where(row => row.IsEvaluation).ToList();

        if (training.Count > 0)
        {
            var xs = training.Select(row => (double)row.Step).ToArray();
            var raw = plot.Add.ScatterLine(xs, training.Select(row => row.TrainBitsPerChar!.Value).ToArray());
            raw.LegendText = "train (per step)";
            raw.LineWidth = 1;
            raw.Color = Colors.SteelBlue.WithAlpha(0.35);

            // Per-step loss is noisy; a moving average shows the trend.
            var smooth = plot.Add.ScatterLine(xs, MovingAverage(training.Select(row => row.TrainBitsPerChar!.Value).ToArray(), window: 25));
            smooth.LegendText = "train (moving average)";
            smooth.LineWidth = 2;
            smooth.Color = Colors.SteelBlue;
        }
        if (evaluations.Count > 0)
        {
            var xs = evaluations.Select(row => (double)row.Step).ToArray();
            var carried = plot.Add.Scatter(xs, evaluations.Select(row => row.ValBpc!.Value).ToArray());
            carried.LegendText = "held-out (state carried)";
            carried.LineWidth = 2;
            carried.MarkerSize = 7;
            carried.Color = Colors.OrangeRed;

            var resetRows = evaluations.Where(row => row.ValBpcReset is not null).ToList();
            if (resetRows.Count > 0)
            {
                var reset = plot.Add.Scatter(
                    resetRows.Select(row => (double)row.Step).ToArray(),
                    resetRows.Select(row => row.ValBpcReset!.Value).ToArray());
                reset.LegendText = "held-out (state reset each exchange)";
                reset.LinePattern = LinePattern.Dashed;
                reset.MarkerSize = 5;
                reset.Color = Colors.DarkGreen;
            }
        }

        plot.Title(title);
        plot.XLabel("step");
        plot.YLabel("bits per character");
        if (training.Count + evaluations.Count > 0)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Renders and replaces <paramref name="path"/> atomically, so a viewer never sees half an image.</summary>
    public static void Write(string path, IReadOnlyList<MetricsRow> rows, string title) =>
        AtomicFile.WriteAllBytes(path, RenderPng(rows, title));

    private static double[] MovingAverage(double[] values, int window)
    {
        var result = new double[values.Length];
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= window)
            {
                sum -= values[i - window];
            }
            result[i] = sum / Math.Min(i + 1, window);
        }
        return result;
    }
}
