namespace ChatBot.Training.Loop;

/// <param name="Loss">Mean cross-entropy per predicted character (nats) of this step.</param>
/// <param name="CharactersPerSecond">Characters (user and bot, no padding) processed per second, smoothed.</param>
public sealed record TrainingStepReport(long Step, long TotalSteps, double Loss, double CharactersPerSecond, double LearningRate, TimeSpan Elapsed);
