namespace ChatBot.Trainer.Quality;

/// <summary>The run's numbers in the order they were measured, under the dotted keys of quality.json.</summary>
public sealed class MetricSink
{
    private readonly List<KeyValuePair<string, double?>> _metrics = [];

    public IReadOnlyList<KeyValuePair<string, double?>> Metrics => _metrics;

    /// <summary>Null (JSON null) when there was nothing to measure, e.g. a rate over no cases.</summary>
    public void Add(string key, double? value)
    {
        if (_metrics.Any(m => m.Key == key))
        {
            throw new InvalidOperationException($"Metric {key} was measured twice.");
        }
        _metrics.Add(new(key, value is { } v && double.IsFinite(v) ? v : null));
    }

    public void AddRate(string key, int hits, int total) => Add(key, total == 0 ? null : (double)hits / total);

    public double? Get(string key) => _metrics.FirstOrDefault(m => m.Key == key).Value;
}
