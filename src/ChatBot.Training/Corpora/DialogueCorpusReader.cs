namespace ChatBot.Training.Corpora;

/// <summary>
/// Reads the project's dialogue format: UTF-8 text, one turn per line, user and bot alternating with the user first,
/// a blank line between dialogues, lines starting with '#' ignored as comments, text normalised to NFC.
/// </summary>
public static class DialogueCorpusReader
{
    private const string Extension = ".txt";

    /// <summary>
    /// Reads every path (a file, or a folder searched recursively for *.txt in ordinal order). With
    /// <paramref name="skipInvalid"/>, invalid dialogues and files that are not UTF-8 are left out and reported in the
    /// result; without it they throw. A missing path, or no dialogue at all, always throws.
    /// </summary>
    /// <exception cref="CorpusFormatException">Names the file and line of the problem.</exception>
    public static CorpusLoadResult ReadPaths(IEnumerable<string> paths, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var roots = paths.ToList();
        if (roots.Count == 0)
        {
            throw new ArgumentException("Give at least one corpus file or folder.", nameof(paths));
        }

        // Resolve everything first so that a misspelt path fails before any reading work.
        var files = roots.SelectMany(root => CorpusFiles.Resolve(root, CorpusFiles.WithExtensions(Extension))).ToList();

        var dialogues = new List<Dialogue>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                Parse(file, CorpusFiles.ReadUtf8Lines(file), dialogues, skipInvalid ? problems : null);
            }
            catch (CorpusFormatException ex) when (skipInvalid && ex.Line > 0)
            {
                // Only encoding errors escape Parse when skipping: the file cannot be trusted at all, so skip it whole.
                problems.Add($"{ex.Message} (file skipped)");
            }
        }

        if (dialogues.Count == 0)
        {
            throw EmptyCorpus(string.Join(", ", roots), problems.Count);
        }

        return new CorpusLoadResult(dialogues, problems.Count, problems);
    }

    /// <summary>Reads one file; any invalid dialogue, and a file without dialogues, throws.</summary>
    /// <exception cref="CorpusFormatException">Names the file and line of the problem.</exception>
    public static IReadOnlyList<Dialogue> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CorpusFormatException(path, 0, "no such file");
        }

        var dialogues = new List<Dialogue>();
        Parse(path, CorpusFiles.ReadUtf8Lines(path), dialogues, problems: null);
        return dialogues.Count > 0 ? dialogues : throw EmptyCorpus(path, skipped: 0);
    }

    /// <summary>Adds the file's dialogues; an invalid one throws, or is recorded in <paramref name="problems"/> when given.</summary>
    private static void Parse(string file, IReadOnlyList<string> lines, List<Dialogue> dialogues, List<string>? problems)
    {
        var turns = new List<string>();
        var firstLine = 0;
        var lastLine = 0;

        for (var index = 0; index <= lines.Count; index++)
        {
            if (index < lines.Count)
            {
                var raw = lines[index];
                if (raw.StartsWith('#'))
                {
                    continue; // A comment neither ends a dialogue nor counts as a turn.
                }

                // Both ends are trimmed, so the writer can keep a turn that starts with '#' by indenting it.
                var text = TurnText.Normalize(raw);
                if (text.Length > 0)
                {
                    if (turns.Count == 0)
                    {
                        firstLine = index + 1;
                    }

                    turns.Add(text);
                    lastLine = index + 1;
                    continue;
                }
            }

            if (turns.Count == 0)
            {
                continue;
            }

            if (turns.Count % 2 == 0)
            {
                dialogues.Add(new Dialogue(turns.ToArray(), file, firstLine));
            }
            else
            {
                var error = new CorpusFormatException(file, lastLine, MissingReply(turns.Count, firstLine, lastLine));
                if (problems is null)
                {
                    throw error;
                }

                problems.Add(error.Message);
            }

            turns.Clear();
        }
    }

    private static string MissingReply(int turnCount, int firstLine, int lastLine) => turnCount == 1
        ? "a dialogue needs at least two turns: the bot's reply to this user turn is missing"
        : $"the dialogue starting at line {firstLine} has {turnCount} turns: the bot's reply to the user turn on line {lastLine} is missing";

    private static CorpusFormatException EmptyCorpus(string where, int skipped) => new(
        where,
        0,
        skipped == 0
            ? "empty corpus: no dialogues found"
            : $"empty corpus: no valid dialogues found ({skipped} skipped)");
}
