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

    public static string For(string kind, Random random) => kind switch
    {
        "name" => Capitalised(Syllables(random, 2 + random.Next(2)) + Endings[random.Next(Endings.Length)]),
        "city" => Capitalised(Syllables(random, 1 + random.Next(2)) + Onsets[random.Next(Onsets.Length - 3)] + PlaceEndings[random.Next(PlaceEndings.Length)]),
        "colour" => Syllables(random, 2) + Endings[random.Next(Endings.Length)],
        "number" => random.Next(4) switch
        {
            0 => random.Next(10).ToString(CultureInfo.InvariantCulture),
            1 => random.Next(10, 100).ToString(CultureInfo.InvariantCulture),
            2 => random.Next(100, 1000).ToString(CultureInfo.InvariantCulture),
            _ => random.Next(1000, 10000).ToString(CultureInfo.InvariantCulture),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a memory kind"),
    };

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
