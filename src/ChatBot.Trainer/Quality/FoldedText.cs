using System.Globalization;
using System.Text;

namespace ChatBot.Trainer.Quality;

/// <summary>Case- and accent-insensitive words, the one way the benchmark compares values and replies.</summary>
public static class FoldedText
{
    /// <summary>Lower case without diacritics: "Ségolène" → "segolene".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words: runs of letters and digits; everything else separates.</summary>
    public static string[] Words(string text) => RawWords(Fold(text));

    /// <summary>Runs of letters and digits, as written (no folding).</summary>
    public static string[] RawWords(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }

    /// <summary>True when the value's words occur in the text as whole, consecutive words ("Ana" is not in "Banana").</summary>
    public static bool ContainsWords(string text, string value) => ContainsSequence(Words(text), Words(value));

    public static bool ContainsSequence(IReadOnlyList<string> words, IReadOnlyList<string> value)
    {
        if (value.Count == 0)
        {
            return false;
        }
        for (var i = 0; i + value.Count <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < value.Count && match; j++)
            {
                match = string.Equals(words[i + j], value[j], StringComparison.Ordinal);
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }
}
