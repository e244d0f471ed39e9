namespace ChatBot.Training.Training;

/// <summary>Receives progress from <see cref="DialogueTrainer"/>; the CLI turns it into a progress bar, CSV and plot.</summary>
public interface ITrainingObserver
{
    void OnStarted(TrainingPlan plan);

    void OnStep(TrainingStepReport report);

    void OnEvaluation(EvaluationReport report);

    void OnCheckpoint(string path, long step);

    void OnMessage(string message);
}

/// <param name="TotalSteps">The step budget (early stopping may end sooner).</param>
/// <param name="StartStep">0 for a fresh run, the checkpoint's step when resuming.</param>
public sealed record TrainingPlan(long StartStep, long TotalSteps, int TrainingDialogues, int ValidationDialogues, int VocabularySize, long Parameters);

/// <param name="Loss">Mean cross-entropy per predicted character (nats) of this step.</param>
/// <param name="CharactersPerSecond">Characters (user and bot, no padding) processed per second, smoothed.</param>
public sealed record TrainingStepReport(long Step, long TotalSteps, double Loss, double CharactersPerSecond, double LearningRate, TimeSpan Elapsed);

/// <param name="BitsPerChar">Held-out bits per character of the bot's replies, teacher-forced, state carried across turns.</param>
/// <param name="BitsPerCharReset">The same with the state reset before every exchange.</param>
/// <param name="ContextGain">BitsPerCharReset − BitsPerChar; positive means the carried memory helps.</param>
public sealed record EvaluationReport(long Step, double BitsPerChar, double BitsPerCharReset, double ContextGain, bool IsBest);
