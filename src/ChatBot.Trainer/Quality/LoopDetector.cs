namespace ChatBot.Trainer.Quality;

/// <summary>A reply loops when a word 4-gram occurs twice or a character 10-gram three times.</summary>
public static class LoopDetector
{
    public const int WordGram = 4;
    public const int WordRepeats = 2;
    public const int CharGram = 10;
    public const int CharRepeats = 3;

    public static bool Loops(string reply)
    {
        var words = FoldedText.Words(reply);
        var wordGrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + WordGram <= words.Length; i++)
        {
            var gram = string.Join(' ', words, i, WordGram);
            if ((wordGrams[gram] = wordGrams.GetValueOrDefault(gram) + 1) >= WordRepeats)
            {
                return true;
            }
        }
        var charGrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + CharGram <= reply.Length; i++)
        {
            var gram = reply.Substring(i, CharGram);
            if ((charGrams[gram] = charGrams.GetValueOrDefault(gram) + 1) >= CharRepeats)
            {
                return true;
            }
        }
        return false;
    }
}
