using ChatBot.Training.Augmentation;
using ChatBot.Training.Corpora;

namespace ChatBot.Training.Tests.Augmentation;

public class FreshValuesTests
{
    private static readonly FreshValues Values = new(
    [
        new("name", "en", "Ana", 1),
        new("name", "en", "Rui", 2),
        new("colour", "en", "red", 3),
        new("colour", "en", "blue", 4),
        new("city", "en", "New York", 5),
        new("city", "en", "York", 6),
        new("number", "en", "7", 7),
    ], never: ["Oluwaseun"]);

    [Fact]
    public void A_value_the_user_tells_and_the_bot_says_back_becomes_one_fresh_value_in_every_turn()
    {
        var dialogue = new Dialogue(["My name is Ana.", "Hello, Ana!", "Who am I?", "You are Ana."]);

        var varied = Values.Vary(dialogue, new Random(1));

        var fresh = varied.Turns[0]["My name is ".Length..^1];
        Assert.NotEqual("Ana", fresh);
        Assert.Equal(["My name is " + fresh + ".", "Hello, " + fresh + "!", "Who am I?", "You are " + fresh + "."], varied.Turns);
    }

    [Fact]
    public void A_fresh_value_keeps_the_case_the_user_typed()
    {
        var dialogue = new Dialogue(["my name is ana", "Hello, Ana!"]);

        var varied = Values.Vary(dialogue, new Random(2));

        var fresh = varied.Turns[0]["my name is ".Length..];
        Assert.Equal(fresh.ToLowerInvariant(), fresh);
        Assert.Equal("Hello, " + char.ToUpperInvariant(fresh[0]) + fresh[1..] + "!", varied.Turns[1]);
    }

    [Fact]
    public void A_dialogue_without_a_told_and_repeated_value_is_fed_as_it_is()
    {
        var noValue = new Dialogue(["Hi!", "Hello!"]);
        var toldOnly = new Dialogue(["I like red.", "Nice choice!"]);

        Assert.Same(noValue, Values.Vary(noValue, new Random(3)));
        Assert.Same(toldOnly, Values.Vary(toldOnly, new Random(3)));
    }

    [Fact]
    public void A_value_inside_a_longer_word_is_not_a_value()
    {
        var dialogue = new Dialogue(["I'm Ana, I like reddish tones and 77.", "Hi Ana!"]);

        var varied = Values.Vary(dialogue, new Random(4));

        Assert.Contains("reddish tones and 77.", varied.Turns[0]);
    }

    [Fact]
    public void The_longest_listed_value_wins_so_a_city_of_two_words_is_swapped_whole()
    {
        var dialogue = new Dialogue(["I live in New York.", "New York, nice!"]);

        var varied = Values.Vary(dialogue, new Random(5));

        // Had "York" alone been swapped, "New" would be left in front of the fresh value.
        Assert.DoesNotContain("New", varied.Turns[0]);
        Assert.DoesNotContain("New", varied.Turns[1]);
    }

    [Fact]
    public void Two_told_values_of_one_kind_get_two_different_fresh_values()
    {
        var dialogue = new Dialogue(["I'm Ana.", "Hi Ana!", "Actually, call me Rui.", "OK, Rui!"]);

        for (var seed = 0; seed < 100; seed++)
        {
            var varied = Values.Vary(dialogue, new Random(seed));
            Assert.NotEqual(varied.Turns[1], varied.Turns[3].Replace("OK, ", "Hi ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_fresh_value_is_never_a_held_out_value_nor_the_value_it_replaces()
    {
        var values = new FreshValues([new("colour", "en", "red", 1), new("colour", "en", "blue", 2)], never: ["blue"]);
        var dialogue = new Dialogue(["I like red.", "Red, lovely!"]);

        var fresh = Enumerable.Range(0, 200).Select(seed => values.Vary(dialogue, new Random(seed)).Turns[0]).ToList();

        Assert.DoesNotContain("I like blue.", fresh);
        Assert.DoesNotContain("I like red.", fresh);
    }

    [Fact]
    public void The_same_random_seed_gives_the_same_fresh_values()
    {
        var dialogue = new Dialogue(["My lucky number is 7.", "7, noted."]);

        Assert.Equal(Values.Vary(dialogue, new Random(6)).Turns, Values.Vary(dialogue, new Random(6)).Turns);
    }
}
