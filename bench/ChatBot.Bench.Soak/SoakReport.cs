using System.Globalization;

namespace ChatBot.Bench.Soak;

/// <summary>Resident-memory samples of the bot process, printed as they are taken, and the flatness verdict.</summary>
public sealed class SoakReport(SoakArguments arguments, BotServerProcess bot)
{
    private readonly List<(int Turns, long Resident)> _samples = [];
    private TimeSpan _lastElapsed;
    private int _lastTurns;

    public void Record(int turns, TimeSpan elapsed)
    {
        lock (_samples)
        {
            var resident = bot.ResidentBytes();
            _samples.Add((turns, resident));
            var rate = turns == _lastTurns ? 0 : (turns - _lastTurns) / (elapsed - _lastElapsed).TotalSeconds;
            var baseline = Baseline();
            var growth = baseline is { } start && turns > start.Turns ? $"{Percent(resident, start.Resident),10:+0.0;-0.0}%" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{turns,8} {elapsed.TotalSeconds,10:0.0} {rate,8:0.0} {resident / 1048576.0,9:0.0} {growth,11} {bot.Threads(),8}"));
            (_lastTurns, _lastElapsed) = (turns, elapsed);
        }
    }

    public (bool Flat, string Message) Verdict()
    {
        lock (_samples)
        {
            if (Baseline() is not { } start || _samples[^1].Turns <= start.Turns)
            {
                return (false, "No sample after warm-up: use more turns than --warmup.");
            }
            var end = _samples[^1];
            var peak = _samples.Where(sample => sample.Turns >= start.Turns).Max(sample => sample.Resident);
            var growth = Percent(end.Resident, start.Resident);
            var flat = growth < arguments.MaxGrowthPercent;
            return (flat, string.Create(CultureInfo.InvariantCulture,
                $"Resident memory after warm-up ({start.Turns} turns): {start.Resident / 1048576.0:0.0} MiB; at the end: {end.Resident / 1048576.0:0.0} MiB " +
                $"({growth:+0.0;-0.0}%, peak {peak / 1048576.0:0.0} MiB); limit {arguments.MaxGrowthPercent:0.#}%: {(flat ? "FLAT" : "GROWING")}."));
        }
    }

    /// <summary>The first sample at or after the warm-up turns.</summary>
    private (int Turns, long Resident)? Baseline() =>
        _samples.Where(sample => sample.Turns >= arguments.Warmup).Select(sample => ((int, long)?)sample).FirstOrDefault();

    private static double Percent(long value, long reference) => (value - reference) * 100.0 / reference;
}
