namespace ChatBot.Bench.Load;

/// <summary>
/// Turn latencies (ms, nearest-rank percentiles) and throughput of one load level, and the process's CPU time per
/// turn (bot and load generator together: they share the process), which machine noise disturbs less than latency.
/// </summary>
public sealed record LoadStatistics(int Conversations, int Turns, double P50, double P95, double P99, double Max, double TurnsPerSecond, double ReplyCharactersPerSecond, double MeanReplyLength, int Fallbacks, double CpuMsPerTurn)
{
    public static LoadStatistics From(int conversations, IReadOnlyList<double> latencies, IReadOnlyList<string> replies, TimeSpan elapsed, TimeSpan cpu, string fallbackText)
    {
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        var characters = replies.Sum(reply => (double)reply.Length);
        return new LoadStatistics(conversations, sorted.Length, Percentile(0.50), Percentile(0.95), Percentile(0.99), sorted[^1],
            sorted.Length / elapsed.TotalSeconds, characters / elapsed.TotalSeconds, characters / replies.Count, replies.Count(reply => reply == fallbackText),
            cpu.TotalMilliseconds / sorted.Length);
    }
}
