using System.Globalization;

namespace ChatBot.Training.Augmentation;

/// <summary>
/// Pronounceable made-up values of each memory kind (names, places, colour words) and random numbers: values no list
/// holds, so a model that predicts them must have copied them.
/// </summary>
public static class InventedValues
{
    private static readonly string[] Onsets =
        ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "j", "h", "ch", "sh", "br", "dr", "kr", "tr", "gl", "pl", "st", "", "", ""];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ia", "ou"];
    private static readonly string[] Endings = ["", "", "", "", "n", "r", "l", "s", "m"];
    private static readonly string[] PlaceEndings = ["ara", "ora", "ino", "ia", "ane", "ova", "ton", "burg", "polis", "dal"];

    /// <summary>Most digits of an invented number: longer than the corpus's numbers (at most 4 digits), so a copy ends where the user's number ends, not after a usual length.</summary>
    public const int MaxNumberDigits = 6;

    // Names and colours of 2 to 4 syllables for the same reason: a copy must run to the end of
    // the word the user typed ("Anahera", "chartreuse"), not stop at a typical length.
    public static string For(string kind, Random random) => kind switch
    {
        "name" => Capitalised(Syllables(random, 2 + random.Next(3)) + Endings[random.Next(Endings.Length)]),
        "city" => Capitalised(Syllables(random, 1 + random.Next(3)) + Onsets[random.Next(Onsets.Length - 3)] + PlaceEndings[random.Next(PlaceEndings.Length)]),
        "colour" => Syllables(random, 2 + random.Next(3)) + Endings[random.Next(Endings.Length)],
        "number" => Number(random, 1 + random.Next(MaxNumberDigits)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a memory kind"),
    };

    private static string Number(Random random, int digits)
    {
        var low = digits == 1 ? 0 : (int)Math.Pow(10, digits - 1);
        return random.Next(low, (int)Math.Pow(10, digits)).ToString(CultureInfo.InvariantCulture);
    }

    private static string Syllables(Random random, int count)
    {
        var text = "";
        for (var i = 0; i < count; i++)
        {
            text += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)];
        }
        return text;
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
