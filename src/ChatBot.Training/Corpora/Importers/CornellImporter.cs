namespace ChatBot.Training.Corpora.Importers;

/// <summary>
/// Cornell Movie-Dialogs: a folder holding <c>movie_lines.txt</c> (lineID, characterID, movieID, character name, text)
/// and <c>movie_conversations.txt</c> (character 1, character 2, movieID, a Python-style list of line IDs), both
/// ISO-8859-1 with fields separated by " +++$+++ ". The first speaker of each conversation is taken as the user.
/// </summary>
public sealed class CornellImporter : ICorpusImporter
{
    public const string LinesFileName = "movie_lines.txt";
    public const string ConversationsFileName = "movie_conversations.txt";

    private const string FieldSeparator = " +++$+++ ";
    private const int LineFields = 5;
    private const int ConversationFields = 4;

    public string Name => "cornell";

    public string Description => $"Cornell Movie-Dialogs; a folder holding {LinesFileName} and {ConversationsFileName}";

    public ImportResult Import(string inputPath, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        if (!Directory.Exists(inputPath))
        {
            var problem = File.Exists(inputPath)
                ? $"expected the folder holding {LinesFileName} and {ConversationsFileName}, not a file"
                : "no such folder";
            throw new CorpusFormatException(inputPath, 0, problem);
        }

        var linesFile = RequireFile(inputPath, LinesFileName);
        var conversationsFile = RequireFile(inputPath, ConversationsFileName);

        var collector = new ImportCollector(skipInvalid);
        var texts = ReadLines(linesFile, collector);
        var conversations = CorpusFiles.ReadLatin1Lines(conversationsFile);
        for (var index = 0; index < conversations.Count; index++)
        {
            if (ReadConversation(conversations[index], conversationsFile, index + 1, texts, collector) is { } turns)
            {
                collector.AddConversation(turns, conversationsFile, index + 1);
            }
        }

        return collector.ToResult(inputPath);
    }

    private static string RequireFile(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? path : throw new CorpusFormatException(path, 0, "no such file (the Cornell importer needs it)");
    }

    /// <summary>Line id → text.</summary>
    private static Dictionary<string, string> ReadLines(string file, ImportCollector collector)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = CorpusFiles.ReadLatin1Lines(file);
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].Length == 0)
            {
                continue;
            }

            var fields = SplitFields(lines[index]);
            if (fields.Length != LineFields)
            {
                collector.Reject(WrongFieldCount(file, index + 1, fields.Length, LineFields, "lineID, characterID, movieID, character name, text"));
                continue;
            }

            var id = fields[0].Trim();
            if (!texts.TryAdd(id, fields[4]))
            {
                collector.Reject(new CorpusFormatException(file, index + 1, $"line id '{id}' appears twice"));
            }
        }

        return texts;
    }

    /// <summary>The conversation's texts in order, or null when it is blank or malformed and skipping was asked for.</summary>
    private static IReadOnlyList<string>? ReadConversation(
        string line, string file, int lineNumber, Dictionary<string, string> texts, ImportCollector collector)
    {
        if (line.Length == 0)
        {
            return null;
        }

        var fields = SplitFields(line);
        if (fields.Length != ConversationFields)
        {
            collector.Reject(WrongFieldCount(file, lineNumber, fields.Length, ConversationFields, "character 1, character 2, movieID, list of line ids"));
            return null;
        }

        if (ParseIdList(fields[3]) is not { } ids)
        {
            collector.Reject(new CorpusFormatException(file, lineNumber, $"expected a list of line ids like ['L1', 'L2'], found {fields[3]}"));
            return null;
        }

        var turns = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            if (!texts.TryGetValue(id, out var text))
            {
                collector.Reject(new CorpusFormatException(file, lineNumber, $"unknown line id '{id}' (not in {LinesFileName})"));
                return null;
            }

            turns.Add(text);
        }

        return turns;
    }

    private static string[] SplitFields(string line)
    {
        // A line whose last field (the text) is empty can lose the separator's trailing space to editors.
        var complete = line.EndsWith(FieldSeparator.TrimEnd(), StringComparison.Ordinal) ? line + " " : line;
        return complete.Split(FieldSeparator);
    }

    /// <summary>Parses <c>['L194', 'L195']</c> (either quote); null when it is not such a list.</summary>
    private static List<string>? ParseIdList(string field)
    {
        var list = field.Trim();
        if (list.Length < 2 || list[0] != '[' || list[^1] != ']')
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var item in list[1..^1].Split(',', StringSplitOptions.TrimEntries))
        {
            if (item.Length < 3 || item[0] is not ('\'' or '"') || item[^1] != item[0])
            {
                return null;
            }

            ids.Add(item[1..^1]);
        }

        return ids;
    }

    private static CorpusFormatException WrongFieldCount(string file, int line, int found, int expected, string fields) =>
        new(file, line, $"expected {expected} fields ({fields}) separated by '{FieldSeparator.Trim()}', found {found}");
}
