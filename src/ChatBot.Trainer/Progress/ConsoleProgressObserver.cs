using ChatBot.Training.Loop;
using Spectre.Console;

namespace ChatBot.Trainer.Progress;

/// <summary>
/// Shows training progress: a live Spectre.Console bar when a person watches (call <see cref="Attach"/> from inside
/// Progress.Start), otherwise plain lines about twenty times per run and at every evaluation, which suit logs and CI.
/// </summary>
public sealed class ConsoleProgressObserver(IAnsiConsole console) : ITrainingObserver
{
    private const int PlainLinesPerRun = 20;

    private readonly Lock _lock = new();
    private ProgressContext? _live;
    private ProgressTask? _bar;
    private (long Step, TimeSpan Elapsed)? _origin;
    private EvaluationReport? _lastEvaluation;
    private long _plainEvery = 1;
    private long? _lastCheckpointStep;

    public void Attach(ProgressContext context) => _live = context;

    public void OnStarted(TrainingPlan plan)
    {
        lock (_lock)
        {
            _origin = null;
            _plainEvery = Math.Max(1, (plan.TotalSteps - plan.StartStep) / PlainLinesPerRun);
            console.WriteLine(ProgressText.Plan(plan));
            if (_live is not null)
            {
                _bar = _live.AddTask("starting", maxValue: Math.Max(1, plan.TotalSteps));
                _bar.Value = plan.StartStep;
            }
        }
    }

    public void OnStep(TrainingStepReport report)
    {
        lock (_lock)
        {
            // ETA from the pace since the first step this process saw; a resumed run's earlier time does not count.
            _origin ??= (report.Step, report.Elapsed);
            var text = ProgressText.Step(report, Remaining(report), _lastEvaluation);
            if (_bar is not null)
            {
                _bar.MaxValue = Math.Max(1, report.TotalSteps);
                _bar.Value = report.Step;
                _bar.Description = Markup.Escape(text);
            }
            else if (report.Step % _plainEvery == 0 || report.Step == report.TotalSteps)
            {
                console.WriteLine(text);
            }
        }
    }

    public void OnEvaluation(EvaluationReport report)
    {
        lock (_lock)
        {
            _lastEvaluation = report;
            console.WriteLine(ProgressText.Evaluation(report));
        }
    }

    public void OnCheckpoint(string path, long step)
    {
        lock (_lock)
        {
            // The trainer may checkpoint the same step twice (periodic and final); say it once.
            if (_bar is null && _lastCheckpointStep != step)
            {
                console.WriteLine($"step {step}: checkpoint {path}");
            }
            _lastCheckpointStep = step;
        }
    }

    public void OnMessage(string message)
    {
        lock (_lock)
        {
            console.WriteLine(message);
        }
    }

    /// <summary>Marks the bar finished so the live display can close.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _bar?.StopTask();
        }
    }

    private TimeSpan? Remaining(TrainingStepReport report)
    {
        if (_origin is not { } origin || report.Step <= origin.Step)
        {
            return null;
        }
        var secondsPerStep = (report.Elapsed - origin.Elapsed).TotalSeconds / (report.Step - origin.Step);
        if (secondsPerStep <= 0 || !double.IsFinite(secondsPerStep))
        {
            return null;
        }
        return TimeSpan.FromSeconds(secondsPerStep * Math.Max(0, report.TotalSteps - report.Step));
    }
}
