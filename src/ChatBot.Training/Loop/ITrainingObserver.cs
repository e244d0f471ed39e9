namespace ChatBot.Training.Loop;

/// <summary>Receives progress from <see cref="DialogueTrainer"/>; the CLI turns it into a progress bar, CSV and plot.</summary>
public interface ITrainingObserver
{
    void OnStarted(TrainingPlan plan);

    void OnStep(TrainingStepReport report);

    void OnEvaluation(EvaluationReport report);

    void OnCheckpoint(string path, long step);

    void OnMessage(string message);
}
