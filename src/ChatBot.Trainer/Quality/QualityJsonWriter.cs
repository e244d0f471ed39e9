using System.Text.Json;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// quality.json: one flat object of dotted metric keys with numbers (null when nothing was measured), so scripts can
/// read e.g. ["memory.greedy.seen.gap1"]; then "about" and "warnings" for people.
/// </summary>
public static class QualityJsonWriter
{
    public static byte[] Serialize(QualityResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (key, value) in result.Metrics.Metrics)
            {
                if (value is { } number)
                {
                    json.WriteNumber(key, Math.Round(number, 6));
                }
                else
                {
                    json.WriteNull(key);
                }
            }
            json.WriteStartObject("about");
            foreach (var (key, value) in result.About)
            {
                json.WriteString(key, value);
            }
            json.WriteEndObject();
            json.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                json.WriteStringValue(warning);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }
}
