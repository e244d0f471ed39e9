using ChatBot.Training.Loop;

namespace ChatBot.Training.Tests.Training;

internal sealed class RecordingObserver : ITrainingObserver
{
    public List<TrainingStepReport> Steps { get; } = [];
    public List<EvaluationReport> Evaluations { get; } = [];
    public List<string> Messages { get; } = [];
    public Action<TrainingStepReport>? AfterStep { get; init; }

    public void OnStarted(TrainingPlan plan) { }

    public void OnStep(TrainingStepReport report)
    {
        Steps.Add(report);
        AfterStep?.Invoke(report);
    }

    public void OnEvaluation(EvaluationReport report) => Evaluations.Add(report);

    public void OnCheckpoint(string path, long step) { }

    public void OnMessage(string message) => Messages.Add(message);
}
