namespace ChatBot.Training.Loop;

/// <param name="TotalSteps">The step budget (early stopping may end sooner).</param>
/// <param name="StartStep">0 for a fresh run, the checkpoint's step when resuming.</param>
public sealed record TrainingPlan(long StartStep, long TotalSteps, int TrainingDialogues, int ValidationDialogues, int VocabularySize, long Parameters);
