namespace ChatBot.Trainer.Quality;

/// <summary>One table of the report (also printed by the command).</summary>
public sealed record QualityTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>As a Markdown table, columns padded so it also reads as plain text.</summary>
    public string ToMarkdown()
    {
        var widths = Headers.Select((h, i) => Math.Max(h.Length, Rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        var lines = new List<string> { $"### {Title}", "", Line(Headers), "| " + string.Join(" | ", widths.Select(w => new string('-', Math.Max(3, w)))) + " |" };
        lines.AddRange(Rows.Select(Line));
        return string.Join('\n', lines) + "\n";
    }
}
