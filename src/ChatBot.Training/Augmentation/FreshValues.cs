using System.Globalization;
using ChatBot.Training.Corpora;

namespace ChatBot.Training.Augmentation;

/// <summary>
/// Swaps the memory values of a training dialogue (a name, colour, city or number the user tells and the bot says
/// back) for fresh ones, the same swap in every turn. On the corpus as written a model can learn each dialogue's value
/// by heart instead of copying it from what the user said; with values drawn afresh each time a dialogue is fed,
/// copying is the only way to predict them. Values are found through the list the corpus generator wrote; a fresh
/// value is another value of that list or an invented one, and never one of the benchmark's held-out values.
/// </summary>
public sealed class FreshValues
{
    private readonly Dictionary<string, List<ValueListEntry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Language), string[]> _pools;
    private readonly HashSet<string> _never;

    public FreshValues(IEnumerable<ValueListEntry> values, IEnumerable<string> never)
    {
        var distinct = values.DistinctBy(v => Fold(v.Value)).ToList();
        foreach (var entry in distinct.OrderByDescending(v => v.Value.Length))
        {
            var first = Fold(FirstWord(entry.Value));
            if (!_byFirstWord.TryGetValue(first, out var list))
            {
                _byFirstWord[first] = list = [];
            }
            list.Add(entry);
        }
        _pools = distinct.GroupBy(v => (v.Kind, v.Language)).ToDictionary(g => g.Key, g => g.Select(v => v.Value).ToArray());
        _never = never.Select(Fold).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The generator's memory values and the held-out values never to draw.</summary>
    /// <exception cref="InvalidDataException">A file is missing or malformed (file:line).</exception>
    public static FreshValues Load(string valuesFile, string heldOutFile) =>
        new(ValueListFile.Read(valuesFile), ValueListFile.Read(heldOutFile).Select(v => v.Value));

    /// <summary>
    /// The dialogue with every listed value that the user says and the bot says back replaced by a fresh value of its
    /// kind (the same one wherever it occurs, in the case it was written in); the dialogue itself when it has none.
    /// </summary>
    public Dialogue Vary(Dialogue dialogue, Random random)
    {
        var told = new Dictionary<string, ValueListEntry>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dialogue.Turns.Count; i++)
        {
            foreach (var match in Matches(dialogue.Turns[i]))
            {
                if (i % 2 == 0)
                {
                    told.TryAdd(Fold(match.Entry.Value), match.Entry);
                }
                else
                {
                    repeated.Add(Fold(match.Entry.Value));
                }
            }
        }
        var swaps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folded, entry) in told.Where(t => repeated.Contains(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            swaps[folded] = Draw(entry, random, swaps.Values);
        }
        if (swaps.Count == 0)
        {
            return dialogue;
        }
        return dialogue with { Turns = dialogue.Turns.Select(turn => Replace(turn, swaps)).ToList() };
    }

    private string Draw(ValueListEntry told, Random random, IEnumerable<string> taken)
    {
        var pool = _pools[(told.Kind, told.Language)];
        while (true)
        {
            // Half from the list (real values, each now in many contexts), half invented (values no list holds).
            var value = pool.Length > 1 && random.Next(2) == 0 ? pool[random.Next(pool.Length)] : InventedValues.For(told.Kind, random);
            var folded = Fold(value);
            if (folded != Fold(told.Value) && !_never.Contains(folded) && !taken.Any(t => Fold(t) == folded))
            {
                return value;
            }
        }
    }

    private string Replace(string turn, Dictionary<string, string> swaps)
    {
        var text = new System.Text.StringBuilder(turn.Length);
        var copied = 0;
        foreach (var (start, length, entry) in Matches(turn))
        {
            if (swaps.TryGetValue(Fold(entry.Value), out var fresh))
            {
                text.Append(turn, copied, start - copied).Append(InCaseOf(fresh, turn.Substring(start, length)));
                copied = start + length;
            }
        }
        return copied == 0 ? turn : text.Append(turn, copied, turn.Length - copied).ToString();
    }

    /// <summary>Every listed value in <paramref name="text"/> as a whole word or phrase (any case), longest first, not overlapping.</summary>
    private IEnumerable<(int Start, int Length, ValueListEntry Entry)> Matches(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
            var match = _byFirstWord.TryGetValue(Fold(text[i..end]), out var candidates)
                ? candidates.FirstOrDefault(c => IsAt(text, i, c.Value))
                : null;
            if (match is null)
            {
                i = end;
                continue;
            }
            yield return (i, match.Value.Length, match);
            i += match.Value.Length;
        }
    }

    private static bool IsAt(string text, int start, string value) =>
        start + value.Length <= text.Length
        && string.Compare(text, start, value, 0, value.Length, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase) == 0
        && (start + value.Length == text.Length || !char.IsLetterOrDigit(text[start + value.Length]));

    /// <summary>"ANA" → "KALO", "ana" → "kalo", "Ana" → "Kalo": a fresh value keeps the case the user typed.</summary>
    private static string InCaseOf(string fresh, string occurrence)
    {
        var letters = occurrence.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper))
        {
            return fresh.ToUpperInvariant();
        }
        if (letters.Length > 0 && char.IsUpper(occurrence[0]))
        {
            return char.ToUpperInvariant(fresh[0]) + fresh[1..];
        }
        return letters.Length > 0 ? fresh.ToLowerInvariant() : fresh;
    }

    private static string FirstWord(string value)
    {
        var end = 0;
        while (end < value.Length && char.IsLetterOrDigit(value[end]))
        {
            end++;
        }
        return value[..end];
    }

    private static string Fold(string text) => text.ToLowerInvariant();
}
