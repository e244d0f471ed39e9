using System.Globalization;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>One scrape of a Prometheus text endpoint, read as a person reading it would: metric name, labels, value.</summary>
public sealed class PrometheusScrape(string text)
{
    public string Text { get; } = text;

    public static async Task<PrometheusScrape> ReadAsync(BotTestHost host, string path = "/metrics")
    {
        using var response = await host.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sum over the series of <paramref name="metric"/> that carry every label given (label="value"); 0 when there is none.</summary>
    public double Sum(string metric, params string[] labels) =>
        Text.Split('\n')
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => SeriesLabels(line).Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));

    /// <summary>How far <paramref name="metric"/> (the series with <paramref name="labels"/>) moved from <paramref name="before"/> to this scrape.</summary>
    public double Increase(PrometheusScrape before, string metric, params string[] labels) => Sum(metric, labels) - before.Sum(metric, labels);

    private static string SeriesLabels(string line) => line.IndexOf('{') is var open and >= 0 ? line[open..(line.LastIndexOf('}') + 1)] : "";
}
