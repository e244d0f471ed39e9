namespace ChatBot.Bench.Turns;

/// <summary>Latency percentiles (nearest rank) and throughput of a run of turns, in milliseconds.</summary>
public sealed record TurnStatistics(double P50, double P95, double Mean, double Max, double PerSecond)
{
    public static TurnStatistics From(IReadOnlyList<double> latencies, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new TurnStatistics(Percentile(0.50), Percentile(0.95), sorted.Average(), sorted[^1], sorted.Length / elapsed.TotalSeconds);
    }
}
