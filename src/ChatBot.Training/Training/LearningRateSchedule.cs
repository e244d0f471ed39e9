namespace ChatBot.Training.Training;

/// <summary>Linear warm-up to the peak rate, then cosine decay to a tenth of it at the last step.</summary>
public static class LearningRateSchedule
{
    public static double At(long step, double peak, long warmupSteps, long totalSteps)
    {
        if (warmupSteps > 0 && step < warmupSteps)
        {
            return peak * (step + 1) / warmupSteps;
        }
        var decaySteps = Math.Max(1, totalSteps - warmupSteps);
        var progress = Math.Clamp((double)(step - warmupSteps) / decaySteps, 0, 1);
        return peak * (0.1 + 0.9 * 0.5 * (1 + Math.Cos(Math.PI * progress)));
    }
}
