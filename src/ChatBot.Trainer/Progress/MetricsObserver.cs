using ChatBot.Trainer.Metrics;
using ChatBot.Trainer.Plotting;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Progress;

/// <summary>
/// Records a run: every step and evaluation goes to metrics.csv, and the plot next to the model is redrawn at each
/// evaluation and at the end. A plot that cannot be drawn is reported once and does not stop training.
/// </summary>
public sealed class MetricsObserver(string metricsPath, string plotPath, string plotTitle, bool resume, Action<string> warn)
    : ITrainingObserver, IDisposable
{
    private readonly List<MetricsRow> _history = [];
    private MetricsCsvWriter? _writer;
    private double _lastElapsedSeconds;
    private bool _plotFailed;

    public IReadOnlyList<MetricsRow> History => _history;

    public void OnStarted(TrainingPlan plan)
    {
        _writer?.Dispose();
        _writer = MetricsCsvWriter.Open(metricsPath, resume ? plan.StartStep : null, out var earlier);
        _history.Clear();
        _history.AddRange(earlier);
        _lastElapsedSeconds = earlier.Count > 0 ? earlier[^1].ElapsedSeconds : 0;
    }

    public void OnStep(TrainingStepReport report)
    {
        _lastElapsedSeconds = report.Elapsed.TotalSeconds;
        Record(new MetricsRow(report.Step, report.Elapsed.TotalSeconds, report.Loss, report.CharactersPerSecond, report.LearningRate));
    }

    public void OnEvaluation(EvaluationReport report)
    {
        // An evaluation follows a step; it carries that step's elapsed time.
        Record(new MetricsRow(report.Step, _lastElapsedSeconds, ValBpc: report.BitsPerChar, ValBpcReset: report.BitsPerCharReset, ContextGain: report.ContextGain));
        WritePlot();
    }

    public void OnCheckpoint(string path, long step)
    {
    }

    public void OnMessage(string message)
    {
    }

    /// <summary>Draws the final plot; call when the trainer returns, whether it finished or was interrupted.</summary>
    public void Complete() => WritePlot();

    public void Dispose() => _writer?.Dispose();

    private void Record(MetricsRow row)
    {
        if (_writer is null)
        {
            throw new InvalidOperationException("OnStarted must come before any step or evaluation.");
        }
        _writer.Append(row);
        _history.Add(row);
    }

    private void WritePlot()
    {
        if (_plotFailed || _history.Count == 0)
        {
            return;
        }
        try
        {
            TrainingPlot.Write(plotPath, _history, plotTitle);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or TypeInitializationException or DllNotFoundException)
        {
            _plotFailed = true;
            warn($"could not write the plot {plotPath}: {exception.Message} (training goes on; metrics.csv has the numbers)");
        }
    }
}
