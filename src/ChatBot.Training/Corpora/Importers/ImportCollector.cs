namespace ChatBot.Training.Corpora.Importers;

/// <summary>Gathers an importer's dialogues and applies the rules every importer shares.</summary>
internal sealed class ImportCollector(bool skipInvalid)
{
    private readonly List<Dialogue> _dialogues = [];
    private readonly List<string> _problems = [];

    public bool SkipInvalid { get; } = skipInvalid;

    /// <summary>
    /// Adds a conversation in speaking order. Turns are normalised like the corpus format's; an empty turn would break
    /// the user/bot alternation, so the conversation ends before it; an unanswered last turn is dropped; what is left
    /// with fewer than two turns is skipped and counted.
    /// </summary>
    public void AddConversation(IEnumerable<string> rawTurns, string file, int line)
    {
        var turns = new List<string>();
        foreach (var raw in rawTurns)
        {
            string text;
            try
            {
                text = TurnText.Normalize(raw);
            }
            catch (ArgumentException ex)
            {
                Reject(new CorpusFormatException(file, line, $"turn {turns.Count + 1} is not valid Unicode text", ex));
                return;
            }

            if (text.Length == 0)
            {
                break;
            }

            turns.Add(text);
        }

        if (turns.Count % 2 != 0)
        {
            turns.RemoveAt(turns.Count - 1);
        }

        if (turns.Count < 2)
        {
            _problems.Add($"{file}:{line}: skipped: fewer than two turns (a user turn and the bot's reply)");
            return;
        }

        _dialogues.Add(new Dialogue(turns.ToArray(), file, line));
    }

    /// <summary>Throws <paramref name="error"/>, or records it as a skipped item when skipping invalid input.</summary>
    public void Reject(CorpusFormatException error)
    {
        if (!SkipInvalid)
        {
            throw error;
        }

        Skip(error);
    }

    /// <summary>Records an item that was left out because of <paramref name="error"/>.</summary>
    public void Skip(CorpusFormatException error) => _problems.Add(error.Message);

    /// <exception cref="CorpusFormatException">Nothing usable was found in <paramref name="inputPath"/>.</exception>
    public ImportResult ToResult(string inputPath)
    {
        if (_dialogues.Count == 0)
        {
            throw new CorpusFormatException(
                inputPath,
                0,
                _problems.Count == 0 ? "no dialogues found" : $"no usable dialogues found ({_problems.Count} skipped; first: {_problems[0]})");
        }

        return new ImportResult(_dialogues, _problems.Count, _problems);
    }
}
