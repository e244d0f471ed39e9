using System.Globalization;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Progress;

/// <summary>The words and numbers shown for training progress, the same on a live bar and in a plain log.</summary>
public static class ProgressText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Step(TrainingStepReport report, TimeSpan? remaining, EvaluationReport? lastEvaluation)
    {
        var text = string.Create(Invariant,
            $"step {report.Step}/{report.TotalSteps}  loss {report.Loss / Math.Log(2):F3} bpc  {report.CharactersPerSecond:N0} chars/s  lr {report.LearningRate:G3}");
        if (lastEvaluation is not null)
        {
            text += string.Create(Invariant, $"  val {lastEvaluation.BitsPerChar:F3} bpc");
        }
        return text + "  ETA " + (remaining is { } eta ? Duration(eta) : "--:--");
    }

    public static string Evaluation(EvaluationReport report) => string.Create(Invariant,
        $"step {report.Step}: held-out {report.BitsPerChar:F4} bpc (state reset each exchange: {report.BitsPerCharReset:F4}; context gain {report.ContextGain:+0.0000;-0.0000;0.0000}){(report.IsBest ? "  best so far" : "")}");

    public static string Plan(TrainingPlan plan)
    {
        var steps = plan.StartStep > 0
            ? string.Create(Invariant, $"resuming at step {plan.StartStep} of {plan.TotalSteps}")
            : string.Create(Invariant, $"{plan.TotalSteps} steps");
        return string.Create(Invariant,
            $"{plan.TrainingDialogues:N0} training and {plan.ValidationDialogues:N0} held-out dialogues, {plan.VocabularySize} characters, {plan.Parameters:N0} parameters; {steps}");
    }

    /// <summary>"1:02:03" over an hour, "02:03" under.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(Invariant, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(Invariant, $"{span.Minutes:00}:{span.Seconds:00}");
}
