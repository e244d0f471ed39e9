using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChatBot.Training.Corpora.Importers;

/// <summary>
/// Microsoft Personality Chat / QnA Maker chit-chat TSV: a header row naming at least a Question and an Answer column
/// (found by name, any case; other columns ignored); each row becomes a two-turn dialogue.
/// </summary>
public sealed class PersonalityChatImporter : ICorpusImporter
{
    private const string QuestionColumn = "Question";
    private const string AnswerColumn = "Answer";

    private static readonly CsvConfiguration TsvConfiguration = new(CultureInfo.InvariantCulture)
    {
        Delimiter = "\t",
        // QnA files are not quoted: a '"' in a question is text, never the start of a quoted field.
        Mode = CsvMode.NoEscape,
        HasHeaderRecord = false, // The header is read by hand to find the columns by name.
        IgnoreBlankLines = true,
        DetectColumnCountChanges = false,
        BadDataFound = null,
    };

    public string Name => "personality-chat";

    public string Description => "Personality Chat / QnA chit-chat TSV with Question and Answer columns; a .tsv file or a folder of them";

    public ImportResult Import(string inputPath, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        var collector = new ImportCollector(skipInvalid);
        foreach (var file in CorpusFiles.Resolve(inputPath, CorpusFiles.WithExtensions(".tsv")))
        {
            try
            {
                ImportFile(file, collector);
            }
            catch (CorpusFormatException ex) when (collector.SkipInvalid)
            {
                collector.Skip(ex); // No usable header or not UTF-8: nothing in the file can be read.
            }
        }

        return collector.ToResult(inputPath);
    }

    private static void ImportFile(string file, ImportCollector collector)
    {
        // Lines are decoded strictly first; joined with '\n' the parser's raw row numbers are the file's line numbers.
        var text = string.Join('\n', CorpusFiles.ReadUtf8Lines(file));
        using var parser = new CsvParser(new StringReader(text), TsvConfiguration);

        if (!parser.Read())
        {
            throw new CorpusFormatException(file, 1, "empty file: expected a header row with Question and Answer columns");
        }

        var headerLine = parser.RawRow;
        var header = parser.Record ?? [];
        var question = ColumnIndex(header, QuestionColumn, file, headerLine);
        var answer = ColumnIndex(header, AnswerColumn, file, headerLine);

        while (parser.Read())
        {
            var line = parser.RawRow;
            if (parser.Count <= Math.Max(question, answer))
            {
                var missing = parser.Count <= answer ? AnswerColumn : QuestionColumn;
                collector.Reject(new CorpusFormatException(
                    file,
                    line,
                    $"the row has {parser.Count} column(s); the {missing} column (column {Math.Max(question, answer) + 1}) is missing"));
                continue;
            }

            collector.AddConversation([parser[question], parser[answer]], file, line);
        }
    }

    private static int ColumnIndex(string[] header, string name, string file, int line)
    {
        var index = Array.FindIndex(header, column => string.Equals(column.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? index
            : throw new CorpusFormatException(file, line, $"the header row has no '{name}' column (found: {string.Join(", ", header)})");
    }
}
