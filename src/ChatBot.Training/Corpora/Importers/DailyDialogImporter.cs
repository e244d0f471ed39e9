namespace ChatBot.Training.Corpora.Importers;

/// <summary>
/// DailyDialog text files: one dialogue per line, turns separated (and usually ended) by <c>__eou__</c>, with
/// punctuation spaced out by the dataset's tokeniser, which is undone for the common marks.
/// </summary>
public sealed class DailyDialogImporter : ICorpusImporter
{
    private const string EndOfUtterance = "__eou__";

    // The dataset's act and emotion files hold label numbers, not text.
    private static readonly string[] AnnotationPrefixes = ["dialogues_act", "dialogues_emotion"];

    private static readonly (string Spaced, string Clean)[] Punctuation =
    [
        (" ’ ", "’"),
        (" ,", ","),
        (" .", "."),
        (" ?", "?"),
        (" !", "!"),
    ];

    public string Name => "dailydialog";

    public string Description => "DailyDialog text (one dialogue per line, turns ended by __eou__); a file, or a folder of dialogues_*.txt files";

    public ImportResult Import(string inputPath, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        var collector = new ImportCollector(skipInvalid);
        foreach (var file in CorpusFiles.Resolve(inputPath, IsDialogueFile))
        {
            IReadOnlyList<string> lines;
            try
            {
                lines = CorpusFiles.ReadUtf8Lines(file);
            }
            catch (CorpusFormatException ex) when (collector.SkipInvalid)
            {
                collector.Skip(ex);
                continue;
            }

            for (var index = 0; index < lines.Count; index++)
            {
                ImportLine(lines[index], file, index + 1, collector);
            }
        }

        return collector.ToResult(inputPath);
    }

    private static bool IsDialogueFile(string name) =>
        name.StartsWith("dialogues_", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && !AnnotationPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static void ImportLine(string line, string file, int lineNumber, ImportCollector collector)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        if (!line.Contains(EndOfUtterance, StringComparison.Ordinal))
        {
            collector.Reject(new CorpusFormatException(file, lineNumber, $"not a DailyDialog line: no '{EndOfUtterance}' turn separator"));
            return;
        }

        var turns = line.Split(EndOfUtterance).Select(Clean).ToList();
        // The line normally ends with the separator, which leaves an empty piece after it.
        while (turns.Count > 0 && turns[^1].Length == 0)
        {
            turns.RemoveAt(turns.Count - 1);
        }

        collector.AddConversation(turns, file, lineNumber);
    }

    private static string Clean(string turn)
    {
        var text = turn.Trim();
        foreach (var (spaced, clean) in Punctuation)
        {
            text = text.Replace(spaced, clean, StringComparison.Ordinal);
        }

        return text.Trim();
    }
}
