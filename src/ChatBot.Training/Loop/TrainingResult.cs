namespace ChatBot.Training.Loop;

/// <param name="Interrupted">True when cancelled (Ctrl+C); a checkpoint was written and no model file was replaced.</param>
public sealed record TrainingResult(string? ModelPath, long Steps, EvaluationReport? Best, bool Interrupted, bool StoppedEarly, TimeSpan Elapsed);
