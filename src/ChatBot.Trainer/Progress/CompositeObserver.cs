using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Progress;

/// <summary>Passes every training event to several observers, in order.</summary>
public sealed class CompositeObserver(params ITrainingObserver[] observers) : ITrainingObserver
{
    public void OnStarted(TrainingPlan plan) => Each(observer => observer.OnStarted(plan));

    public void OnStep(TrainingStepReport report) => Each(observer => observer.OnStep(report));

    public void OnEvaluation(EvaluationReport report) => Each(observer => observer.OnEvaluation(report));

    public void OnCheckpoint(string path, long step) => Each(observer => observer.OnCheckpoint(path, step));

    public void OnMessage(string message) => Each(observer => observer.OnMessage(message));

    private void Each(Action<ITrainingObserver> action)
    {
        foreach (var observer in observers)
        {
            action(observer);
        }
    }
}
