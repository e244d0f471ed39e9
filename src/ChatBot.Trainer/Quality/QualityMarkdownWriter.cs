using System.Text;

namespace ChatBot.Trainer.Quality;

/// <summary>report.md: what was measured on what, the warnings, the tables, and sample exchanges per set.</summary>
public static class QualityMarkdownWriter
{
    public static string Write(QualityResult result, IReadOnlyList<QualityTable> tables, string title)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(title).AppendLine();
        foreach (var (key, value) in result.About)
        {
            text.Append("- **").Append(key).Append("**: ").AppendLine(value);
        }
        text.AppendLine();
        foreach (var warning in result.Warnings)
        {
            text.Append("> **Warning:** ").AppendLine(warning).AppendLine();
        }
        foreach (var table in tables)
        {
            text.AppendLine(table.ToMarkdown());
        }
        text.AppendLine("## Sample exchanges").AppendLine();
        text.AppendLine($"{QualityBenchmark.SamplesPerSet} per set, drawn with the run's seed. Memory samples name the fact and the reply to its statement; the expected text is the value, or for held-out prompts the reference reply. The memory-misses and language-mismatches sets are not drawn: they list the first {QualityBenchmark.SamplesPerSet} gap-1 questions answered without the value, and the first held-out replies of a clear language other than the expected one.").AppendLine();
        foreach (var (set, samples) in result.Samples)
        {
            text.Append("### ").AppendLine(set).AppendLine();
            foreach (var sample in samples)
            {
                text.Append("- ").Append(Escape(sample.Context)).AppendLine();
                text.Append("  - user: ").AppendLine(Escape(sample.User));
                text.Append("  - bot: ").AppendLine(Escape(sample.Reply));
                text.Append("  - expected: ").AppendLine(Escape(sample.Expected));
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    // Replies are model output: keep them from turning into Markdown markup.
    private static string Escape(string text) => text.Length == 0 ? "(empty)" : text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("<", "&lt;");
}
