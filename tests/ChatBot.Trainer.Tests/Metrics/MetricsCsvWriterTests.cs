using ChatBot.Trainer.Metrics;

namespace ChatBot.Trainer.Tests.Metrics;

public sealed class MetricsCsvWriterTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CsvPath => _folder.File("run/metrics.csv");

    [Fact]
    public void A_fresh_run_writes_the_header_then_one_line_per_row()
    {
        using (var writer = MetricsCsvWriter.Open(CsvPath, resumeFromStep: null, out _))
        {
            writer.Append(new MetricsRow(1, 0.5, TrainLoss: 3.25, CharsPerSecond: 1000, LearningRate: 0.001));
            writer.Append(new MetricsRow(2, 1.0, TrainLoss: 3.0, CharsPerSecond: 1100, LearningRate: 0.002));
        }

        Assert.Equal(
            ["step,elapsed_s,train_loss,chars_per_s,lr,val_bpc,val_bpc_reset,context_gain", "1,0.5,3.25,1000,0.001,,,", "2,1,3,1100,0.002,,,"],
            File.ReadAllLines(CsvPath));
    }

    [Fact]
    public void An_evaluation_row_fills_the_validation_columns_and_leaves_the_training_cells_empty()
    {
        using (var writer = MetricsCsvWriter.Open(CsvPath, resumeFromStep: null, out _))
        {
            writer.Append(new MetricsRow(250, 12.5, ValBpc: 2.5, ValBpcReset: 2.75, ContextGain: 0.25));
        }

        Assert.Equal("250,12.5,,,,2.5,2.75,0.25", File.ReadAllLines(CsvPath)[1]);
    }

    [Fact]
    public void Resuming_appends_after_the_rows_already_there()
    {
        using (var writer = MetricsCsvWriter.Open(CsvPath, resumeFromStep: null, out _))
        {
            writer.Append(new MetricsRow(1, 0.5, TrainLoss: 3));
            writer.Append(new MetricsRow(2, 1.0, TrainLoss: 2.5));
        }

        IReadOnlyList<MetricsRow> earlier;
        using (var writer = MetricsCsvWriter.Open(CsvPath, resumeFromStep: 2, out earlier))
        {
            writer.Append(new MetricsRow(3, 1.5, TrainLoss: 2));
        }

        Assert.Equal([1L, 2L], earlier.Select(row => row.Step));
        var lines = File.ReadAllLines(CsvPath);
        Assert.Equal(MetricsRow.Header, lines[0]);
        Assert.Equal(["1", "2", "3"], lines.Skip(1).Select(line => line.Split(',')[0]));
    }

    [Fact]
    public void Resuming_drops_rows_after_the_checkpoint_and_a_torn_last_line()
    {
        WriteExisting(MetricsRow.Header + "\n1,0.5,3,,,,,\n2,1,2.5,,,,,\n3,1.5,2.25,,,,,\n4,2,2.");

        using (MetricsCsvWriter.Open(CsvPath, resumeFromStep: 2, out var earlier))
        {
            Assert.Equal([1L, 2L], earlier.Select(row => row.Step));
        }

        Assert.Equal([MetricsRow.Header, "1,0.5,3,,,,,", "2,1,2.5,,,,,"], File.ReadAllLines(CsvPath));
    }

    [Fact]
    public void A_fresh_run_replaces_an_earlier_metrics_file()
    {
        WriteExisting(MetricsRow.Header + "\n1,0.5,3,,,,,\n");

        using (MetricsCsvWriter.Open(CsvPath, resumeFromStep: null, out var earlier))
        {
            Assert.Empty(earlier);
        }

        Assert.Equal([MetricsRow.Header], File.ReadAllLines(CsvPath));
    }

    [Fact]
    public void Resuming_onto_a_file_that_is_not_a_metrics_file_fails_naming_file_and_line()
    {
        WriteExisting("a,b,c\n1,2,3\n");

        var failure = Assert.Throws<CommandFailedException>(() => MetricsCsvWriter.Open(CsvPath, resumeFromStep: 5, out _));

        Assert.Equal(ExitCodes.DataError, failure.ExitCode);
        Assert.StartsWith($"{CsvPath}:1:", failure.Message);
        Assert.Equal("a,b,c\n1,2,3\n", File.ReadAllText(CsvPath));
    }

    [Fact]
    public void Rows_read_back_exactly_as_written()
    {
        var rows = new[]
        {
            new MetricsRow(7, 1.0 / 3, TrainLoss: Math.PI, CharsPerSecond: 12345.678, LearningRate: 2e-3),
            new MetricsRow(8, 2.0 / 3, ValBpc: Math.E, ValBpcReset: 3.1, ContextGain: 3.1 - Math.E),
        };
        using (var writer = MetricsCsvWriter.Open(CsvPath, resumeFromStep: null, out _))
        {
            foreach (var row in rows)
            {
                writer.Append(row);
            }
        }

        var (read, tornTail) = MetricsCsvReader.Read(CsvPath);

        Assert.False(tornTail);
        Assert.Equal(rows, read);
    }

    private void WriteExisting(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CsvPath)!);
        File.WriteAllText(CsvPath, text);
    }
}
