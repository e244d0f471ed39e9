namespace ChatBot.Trainer.Metrics;

/// <summary>Reads metrics.csv back, for resuming a run and for redrawing its plot.</summary>
public static class MetricsCsvReader
{
    /// <returns>The rows, and whether the last line was cut off (written without its newline when a run died).</returns>
    /// <exception cref="CommandFailedException">The file is not a metrics file; the message names file:line.</exception>
    public static (IReadOnlyList<MetricsRow> Rows, bool TornTail) Read(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        // Split leaves "" after a final newline; anything else there is a line that was never finished.
        var tornTail = lines[^1].Length > 0;
        var complete = lines.Length - 1;
        if (complete < 1)
        {
            if (text.Length == 0 || tornTail && MetricsRow.Header.StartsWith(lines[0], StringComparison.Ordinal))
            {
                return ([], tornTail);
            }
            throw CommandFailedException.DataError($"{path}:1: not a metrics file (expected the header '{MetricsRow.Header}')");
        }
        if (lines[0].TrimEnd('\r') != MetricsRow.Header)
        {
            throw CommandFailedException.DataError($"{path}:1: not a metrics file (expected the header '{MetricsRow.Header}')");
        }

        var rows = new List<MetricsRow>(complete);
        for (var i = 1; i < complete; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var row = MetricsRow.TryParse(line, out var problem)
                ?? throw CommandFailedException.DataError($"{path}:{i + 1}: {problem}");
            rows.Add(row);
        }
        return (rows, tornTail);
    }
}
