namespace ChatBot.Training.Loop;

/// <summary>Linear warm-up to the peak rate, then cosine decay to a tenth of it at the end of the run.</summary>
public static class LearningRateSchedule
{
    /// <summary>The rate at <paramref name="step"/> of a run of <paramref name="totalSteps"/> steps.</summary>
    public static double At(long step, double peak, long warmupSteps, long totalSteps)
    {
        if (warmupSteps > 0 && step < warmupSteps)
        {
            return peak * (step + 1) / warmupSteps;
        }
        var decaySteps = Math.Max(1, totalSteps - warmupSteps);
        return Cosine(peak, (double)(step - warmupSteps) / decaySteps);
    }

    /// <summary>The rate of a run with a time budget, <paramref name="spent"/> (0…1) of which is used: warm-up by steps, decay by time.</summary>
    public static double AtFraction(long step, double spent, double peak, long warmupSteps) =>
        warmupSteps > 0 && step < warmupSteps ? peak * (step + 1) / warmupSteps : Cosine(peak, spent);

    private static double Cosine(double peak, double progress) =>
        peak * (0.1 + 0.9 * 0.5 * (1 + Math.Cos(Math.PI * Math.Clamp(progress, 0, 1))));
}
