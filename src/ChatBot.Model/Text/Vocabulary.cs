using System.Globalization;
using System.Text;

namespace ChatBot.Model.Text;

/// <summary>
/// The model's alphabet: Unicode scalar values seen often enough in the training corpus, after NFC normalisation,
/// plus four specials. Any other character, including a lone UTF-16 surrogate, encodes as <see cref="Unknown"/>.
/// </summary>
public sealed class Vocabulary
{
    public const int Padding = 0;
    public const int Unknown = 1;
    public const int BeginOfReply = 2;
    public const int EndOfReply = 3;
    public const int SpecialCount = 4;

    private static readonly string[] SpecialNames = ["<pad>", "<unk>", "<bos>", "<eos>"];

    private readonly string[] _symbols;
    private readonly Dictionary<int, int> _idByScalar;

    /// <param name="characters">The non-special symbols in id order (id = index + <see cref="SpecialCount"/>), one Unicode scalar each.</param>
    public Vocabulary(IReadOnlyList<string> characters)
    {
        _idByScalar = new Dictionary<int, int>(characters.Count);
        _symbols = new string[characters.Count + SpecialCount];
        SpecialNames.CopyTo(_symbols, 0);
        for (var i = 0; i < characters.Count; i++)
        {
            var text = characters[i];
            if (!Rune.TryGetRuneAt(text, 0, out var rune) || rune.Utf16SequenceLength != text.Length)
            {
                throw new ArgumentException($"Vocabulary entry {i} is not exactly one Unicode scalar value.", nameof(characters));
            }
            if (!_idByScalar.TryAdd(rune.Value, i + SpecialCount))
            {
                throw new ArgumentException($"Vocabulary entry {i} ('{text}') appears twice.", nameof(characters));
            }
            _symbols[i + SpecialCount] = text;
        }
        Characters = characters.ToArray();
    }

    /// <summary>Non-special symbols in id order, as stored in the model file.</summary>
    public IReadOnlyList<string> Characters { get; }

    public int Size => _symbols.Length;

    /// <summary>Counts characters over <paramref name="texts"/> and keeps those seen at least <paramref name="minCount"/> times.</summary>
    public static Vocabulary Build(IEnumerable<string> texts, int minCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minCount);
        var counts = new Dictionary<int, int>();
        foreach (var text in texts)
        {
            foreach (var rune in Normalize(text).EnumerateRunes())
            {
                if (rune == Rune.ReplacementChar)
                {
                    continue;
                }
                counts[rune.Value] = counts.GetValueOrDefault(rune.Value) + 1;
            }
        }
        var kept = counts.Where(pair => pair.Value >= minCount)
            .Select(pair => pair.Key)
            .Order()
            .Select(value => new Rune(value).ToString())
            .ToList();
        return new Vocabulary(kept);
    }

    /// <summary>NFC-normalises; text that cannot be normalised (lone surrogates) is used as it is.</summary>
    public static string Normalize(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    public int[] Encode(string text)
    {
        var normalized = Normalize(text);
        var ids = new List<int>(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            // EnumerateRunes yields U+FFFD for a lone surrogate, which is unknown unless the corpus had U+FFFD.
            ids.Add(_idByScalar.GetValueOrDefault(rune.Value, Unknown));
        }
        return ids.ToArray();
    }

    /// <summary>Turns ids back into text; specials are dropped, except <see cref="Unknown"/>, shown as U+FFFD.</summary>
    public string Decode(IEnumerable<int> ids)
    {
        var builder = new StringBuilder();
        foreach (var id in ids)
        {
            if (id >= SpecialCount && id < _symbols.Length)
            {
                builder.Append(_symbols[id]);
            }
            else if (id == Unknown)
            {
                builder.Append('\uFFFD');
            }
        }
        return builder.ToString();
    }

    public string Symbol(int id) => _symbols[id];

    /// <summary>
    /// For every id, the id of the same character upper-cased (<paramref name="upper"/>) or lower-cased; the id itself
    /// when the character has no such case or its other case is not in the vocabulary, and for the specials.
    /// </summary>
    public int[] CaseMap(bool upper)
    {
        var map = new int[Size];
        for (var id = 0; id < Size; id++)
        {
            map[id] = id;
            if (id < SpecialCount)
            {
                continue;
            }
            var rune = Rune.GetRuneAt(_symbols[id], 0);
            var other = upper ? Rune.ToUpperInvariant(rune) : Rune.ToLowerInvariant(rune);
            if (_idByScalar.TryGetValue(other.Value, out var otherId))
            {
                map[id] = otherId;
            }
        }
        return map;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Vocabulary({Size} symbols)");
}
