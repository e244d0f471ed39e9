using System.Globalization;
using ChatBot.Training.Augmentation;

namespace ChatBot.Training.Tests.Augmentation;

public class InventedValuesTests
{
    private static List<string> Draw(string kind, int count)
    {
        var random = new Random(7);
        return Enumerable.Range(0, count).Select(_ => InventedValues.For(kind, random)).ToList();
    }

    [Fact]
    public void Invented_numbers_have_every_length_from_one_digit_to_the_maximum()
    {
        var numbers = Draw("number", 3000);

        Assert.All(numbers, n => Assert.True(int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _), n));
        Assert.All(numbers, n => Assert.True(n.Length == 1 || n[0] != '0', $"leading zero in {n}"));
        Assert.Equal(Enumerable.Range(1, InventedValues.MaxNumberDigits), numbers.Select(n => n.Length).Distinct().Order());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("colour")]
    public void Invented_words_run_from_short_to_long_so_a_copy_cannot_stop_at_a_usual_length(string kind)
    {
        var lengths = Draw(kind, 3000).Select(v => v.Length).ToList();

        Assert.True(lengths.Min() <= 4, $"shortest {lengths.Min()}");
        Assert.True(lengths.Max() >= 11, $"longest {lengths.Max()}");
        Assert.True(lengths.Count(l => l >= 9) >= 300, $"{lengths.Count(l => l >= 9)} of 3000 have 9 letters or more");
    }

    [Fact]
    public void Invented_names_and_cities_are_capitalised_and_colours_are_not()
    {
        Assert.All(Draw("name", 200), v => Assert.True(char.IsUpper(v[0]), v));
        Assert.All(Draw("city", 200), v => Assert.True(char.IsUpper(v[0]), v));
        Assert.All(Draw("colour", 200), v => Assert.True(char.IsLower(v[0]), v));
    }
}
