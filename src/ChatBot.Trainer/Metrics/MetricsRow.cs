using System.Globalization;

namespace ChatBot.Trainer.Metrics;

/// <summary>
/// One line of metrics.csv. A training step fills the train columns, an evaluation fills the validation columns;
/// the other cells stay empty, so both kinds share one header and one file.
/// </summary>
/// <param name="TrainLoss">Cross-entropy per predicted character, in nats, as the trainer reports it.</param>
public sealed record MetricsRow(
    long Step,
    double ElapsedSeconds,
    double? TrainLoss = null,
    double? CharsPerSecond = null,
    double? LearningRate = null,
    double? ValBpc = null,
    double? ValBpcReset = null,
    double? ContextGain = null)
{
    public const string Header = "step,elapsed_s,train_loss,chars_per_s,lr,val_bpc,val_bpc_reset,context_gain";
    private const int ColumnCount = 8;

    public bool IsEvaluation => ValBpc is not null;

    /// <summary>The training loss in bits per character, comparable with the validation bpc.</summary>
    public double? TrainBitsPerChar => TrainLoss / Math.Log(2);

    public string ToCsvLine() => string.Join(',',
        Step.ToString(CultureInfo.InvariantCulture),
        Format(ElapsedSeconds),
        Format(TrainLoss),
        Format(CharsPerSecond),
        Format(LearningRate),
        Format(ValBpc),
        Format(ValBpcReset),
        Format(ContextGain));

    /// <returns>The row, or null with <paramref name="problem"/> set when the line is not a metrics row.</returns>
    public static MetricsRow? TryParse(string line, out string? problem)
    {
        var cells = line.Split(',');
        if (cells.Length != ColumnCount)
        {
            problem = $"expected {ColumnCount} comma-separated cells, found {cells.Length}";
            return null;
        }
        if (!long.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var step) || step < 0)
        {
            problem = $"step '{cells[0]}' is not a non-negative whole number";
            return null;
        }
        var values = new double?[ColumnCount];
        for (var i = 1; i < ColumnCount; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }
            if (!double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                problem = $"cell {i + 1} '{cells[i]}' is not a number";
                return null;
            }
            values[i] = value;
        }
        problem = null;
        return new MetricsRow(step, values[1] ?? 0, values[2], values[3], values[4], values[5], values[6], values[7]);
    }

    private static string Format(double? value) => value is { } number ? Format(number) : "";

    // "R" round-trips exactly; NaN/∞ would read back, but keep them out of the file as empty cells.
    private static string Format(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
