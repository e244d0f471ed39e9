using System.Text;

namespace ChatBot.Trainer.Metrics;

/// <summary>
/// Appends rows to a run's metrics.csv. A fresh run starts the file anew; a resumed run keeps the rows up to the
/// checkpoint it resumes from and appends after them. Each row is written and flushed whole, so a crash loses at
/// most the line being written, and a torn last line is dropped on the next resume.
/// </summary>
public sealed class MetricsCsvWriter : IDisposable
{
    public const string FileName = "metrics.csv";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly FileStream _stream;

    private MetricsCsvWriter(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    public string Path { get; }

    /// <summary>
    /// Opens <paramref name="path"/> for a run. Returns the rows kept from earlier (empty for a fresh run), which a
    /// resumed run needs to redraw its whole history.
    /// </summary>
    /// <param name="resumeFromStep">The checkpoint's step when resuming; null for a fresh run.</param>
    /// <exception cref="CommandFailedException">An existing file is not a metrics file (exit code 1).</exception>
    public static MetricsCsvWriter Open(string path, long? resumeFromStep, out IReadOnlyList<MetricsRow> earlierRows)
    {
        var kept = new List<MetricsRow>();
        if (resumeFromStep is { } checkpointStep && File.Exists(path))
        {
            var (rows, tornTail) = MetricsCsvReader.Read(path);
            kept.AddRange(rows.Where(row => row.Step <= checkpointStep));
            // Rows after the checkpoint are about to be recomputed; drop them rather than plot two histories.
            if (kept.Count != rows.Count || tornTail)
            {
                Rewrite(path, kept);
            }
        }
        else
        {
            Rewrite(path, kept);
        }

        earlierRows = kept;
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        return new MetricsCsvWriter(path, stream);
    }

    public void Append(MetricsRow row)
    {
        _stream.Write(Utf8.GetBytes(row.ToCsvLine() + "\n"));
        _stream.Flush();
    }

    public void Dispose() => _stream.Dispose();

    private static void Rewrite(string path, IEnumerable<MetricsRow> rows)
    {
        var text = new StringBuilder(MetricsRow.Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row.ToCsvLine()).Append('\n');
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }
}
