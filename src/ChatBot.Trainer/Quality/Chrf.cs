namespace ChatBot.Trainer.Quality;

/// <summary>
/// Sentence-level chrF (Popović 2015): character n-gram precision and recall, n = 1..6, averaged over n, combined as
/// an F-score that weighs recall twice as much as precision (beta = 2). Spaces are ignored, as in the usual chrF.
/// Returns 0..1.
/// </summary>
public static class Chrf
{
    public const int MaxOrder = 6;
    private const double Beta = 2;

    public static double Score(string hypothesis, string reference)
    {
        var hyp = Strip(hypothesis);
        var refText = Strip(reference);
        double precision = 0, recall = 0;
        var orders = 0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            var hypGrams = Grams(hyp, n);
            var refGrams = Grams(refText, n);
            var hypTotal = hyp.Length - n + 1;
            var refTotal = refText.Length - n + 1;
            if (hypTotal <= 0 || refTotal <= 0)
            {
                break; // Both texts are too short for this order and the longer ones.
            }
            var common = hypGrams.Sum(pair => Math.Min(pair.Value, refGrams.GetValueOrDefault(pair.Key)));
            precision += (double)common / hypTotal;
            recall += (double)common / refTotal;
            orders++;
        }
        if (orders == 0)
        {
            return 0;
        }
        precision /= orders;
        recall /= orders;
        var b2 = Beta * Beta;
        return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    private static string Strip(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static Dictionary<string, int> Grams(string text, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= text.Length; i++)
        {
            var gram = text.Substring(i, n);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }
}
