using System.Text.Json;

namespace ChatBot.Training.Corpora.Importers;

/// <summary>JSON Lines: each non-blank line an object <c>{"turns": ["…", "…"]}</c>; other properties are ignored.</summary>
public sealed class JsonLinesImporter : ICorpusImporter
{
    private const string TurnsProperty = "turns";

    public string Name => "jsonl";

    public string Description => "JSON Lines, one {\"turns\": [\"…\", \"…\"]} object per line; a .jsonl file or a folder of them";

    public ImportResult Import(string inputPath, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        var collector = new ImportCollector(skipInvalid);
        foreach (var file in CorpusFiles.Resolve(inputPath, CorpusFiles.WithExtensions(".jsonl")))
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
                if (string.IsNullOrWhiteSpace(lines[index]))
                {
                    continue;
                }

                try
                {
                    collector.AddConversation(ReadTurns(lines[index], file, index + 1), file, index + 1);
                }
                catch (CorpusFormatException ex) when (collector.SkipInvalid)
                {
                    collector.Skip(ex);
                }
            }
        }

        return collector.ToResult(inputPath);
    }

    /// <summary>System.Text.Json appends "LineNumber: 0 | BytePositionInLine: n."; within one line that only confuses.</summary>
    private static string WithoutPosition(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return position >= 0 ? message[..position] : message;
    }

    private static string ByteOf(JsonException ex) => ex.BytePositionInLine is long position ? $" (at byte {position + 1})" : "";

    private static List<string> ReadTurns(string line, string file, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new CorpusFormatException(file, lineNumber, $"not valid JSON: {WithoutPosition(ex.Message)}{ByteOf(ex)}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(TurnsProperty, out var turns)
                || turns.ValueKind != JsonValueKind.Array)
            {
                throw new CorpusFormatException(file, lineNumber, $"expected an object with a \"{TurnsProperty}\" array of strings");
            }

            var texts = new List<string>(turns.GetArrayLength());
            foreach (var turn in turns.EnumerateArray())
            {
                if (turn.ValueKind != JsonValueKind.String)
                {
                    throw new CorpusFormatException(
                        file, lineNumber, $"turn {texts.Count + 1} of \"{TurnsProperty}\" is {turn.ValueKind.ToString().ToLowerInvariant()}, not a string");
                }

                try
                {
                    texts.Add(turn.GetString()!);
                }
                catch (InvalidOperationException ex)
                {
                    // An escaped lone surrogate ("\ud800") is valid JSON but not text.
                    throw new CorpusFormatException(file, lineNumber, $"turn {texts.Count + 1} of \"{TurnsProperty}\" is not valid Unicode text", ex);
                }
            }

            return texts;
        }
    }
}
