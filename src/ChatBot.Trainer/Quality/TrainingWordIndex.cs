using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Quality;

/// <summary>Which folded word sequences (up to <see cref="MaxWords"/> words) occur in a set of dialogues, and where.</summary>
public sealed class TrainingWordIndex
{
    public const int MaxWords = 4;

    private readonly HashSet<string> _grams = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Dialogue> _dialogues;

    public TrainingWordIndex(IReadOnlyList<Dialogue> dialogues)
    {
        _dialogues = dialogues;
        foreach (var turn in dialogues.SelectMany(d => d.Turns))
        {
            var words = FoldedText.Words(turn);
            for (var n = 1; n <= MaxWords; n++)
            {
                for (var i = 0; i + n <= words.Length; i++)
                {
                    _grams.Add(string.Join(' ', words, i, n));
                }
            }
        }
    }

    /// <summary>Whole words, case- and accent-insensitive.</summary>
    public bool Contains(string value)
    {
        var words = FoldedText.Words(value);
        return words.Length is > 0 and <= MaxWords ? _grams.Contains(string.Join(' ', words)) : _dialogues.SelectMany(d => d.Turns).Any(turn => FoldedText.ContainsWords(turn, value));
    }

    /// <summary>Where a value first occurs ("file:line"), for error messages.</summary>
    public string? FirstOccurrence(string value) =>
        _dialogues.FirstOrDefault(d => d.Turns.Any(turn => FoldedText.ContainsWords(turn, value))) is { } dialogue
            ? $"{dialogue.SourceFile}:{dialogue.Line}"
            : null;
}
