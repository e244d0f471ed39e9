namespace ChatBot.Trainer.Quality;

/// <summary>The run's numbers in the order they were measured, under the dotted keys of quality.json.</summary>
public sealed class MetricSink
{
    private readonly List<KeyValuePair<string, double?>> metrics = [];

    public IReadOnlyList<KeyValuePair<string, double?>> Metrics => metrics;

    /// <summary>Null (JSON null) when there was nothing to measure, e.g. a rate over no cases.</summary>
    public void Add(string key, double? value)
    {
        if (metrics.Any(m => m.Key == key))
        {
            throw new InvalidOperationException($"Metric {key} was measured twice.");
        }
        metrics.Add(new(key, value is { } v && double.IsFinite(v) ? v : null));
    }

    public void AddRate(string key, int hits, int total) => Add(key, total == 0 ? null : (double)hits / total);

    public double? Get(string key) => metrics.FirstOrDefault(m => m.Key == key).Value;
}
