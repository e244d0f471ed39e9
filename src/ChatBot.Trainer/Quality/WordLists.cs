namespace ChatBot.Trainer.Quality;

/// <summary>
/// The words counted as real: every word of the training dialogues, plus Debian's English and Brazilian Portuguese
/// word lists where installed (packages wamerican and wbrazilian). Compared in lower case, accents kept.
/// </summary>
public sealed class WordLists
{
    public static readonly IReadOnlyList<string> DefaultFiles = ["/usr/share/dict/american-english", "/usr/share/dict/brazilian"];

    private readonly HashSet<string> _words;

    private WordLists(HashSet<string> words, IReadOnlyList<string> sources)
    {
        _words = words;
        Sources = sources;
    }

    /// <summary>What the set was built from, for the report.</summary>
    public IReadOnlyList<string> Sources { get; }

    public static WordLists Build(IEnumerable<string> trainingTexts, IEnumerable<string> listFiles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in trainingTexts)
        {
            foreach (var word in FoldedText.RawWords(text))
            {
                words.Add(word.ToLowerInvariant());
            }
        }
        var sources = new List<string> { "training vocabulary" };
        foreach (var file in listFiles.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file))
            {
                // Possessives ("cat's") and other multi-part entries add nothing: replies are split at apostrophes.
                if (line.Length > 0 && line.All(char.IsLetterOrDigit))
                {
                    words.Add(line.ToLowerInvariant());
                }
            }
            sources.Add(file);
        }
        return new WordLists(words, sources);
    }

    /// <summary>Word tokens (runs of letters and digits holding at least one letter) and how many of them are real words.</summary>
    public (int Real, int Total) Count(string text)
    {
        var real = 0;
        var total = 0;
        foreach (var word in FoldedText.RawWords(text).Where(w => w.Any(char.IsLetter)))
        {
            total++;
            real += _words.Contains(word.ToLowerInvariant()) ? 1 : 0;
        }
        return (real, total);
    }
}
