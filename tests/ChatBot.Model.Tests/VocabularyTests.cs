using ChatBot.Model.Text;

namespace ChatBot.Model.Tests;

public class VocabularyTests
{
    private static readonly Vocabulary Alphabet = Vocabulary.Build(["olá, ação", "hello"], minCount: 1);

    [Fact]
    public void Characters_below_the_frequency_cut_off_are_left_out()
    {
        var vocabulary = Vocabulary.Build(["aaab", "aab"], minCount: 3);
        Assert.Equal(["a"], vocabulary.Characters);
        Assert.Equal(Vocabulary.SpecialCount + 1, vocabulary.Size);
    }

    [Fact]
    public void Text_made_of_known_characters_round_trips()
    {
        Assert.Equal("olá, ação", Alphabet.Decode(Alphabet.Encode("olá, ação")));
    }

    [Fact]
    public void Decomposed_input_is_normalised_to_the_same_ids_as_composed_input()
    {
        Assert.Equal(Alphabet.Encode("olá"), Alphabet.Encode("ola\u0301"));
    }

    [Fact]
    public void Unknown_characters_map_to_the_unknown_id()
    {
        Assert.Equal([Vocabulary.Unknown, Vocabulary.Unknown], Alphabet.Encode("Z😀"));
    }

    [Fact]
    public void A_lone_surrogate_encodes_as_unknown_instead_of_throwing()
    {
        Assert.Equal([Alphabet.Encode("o")[0], Vocabulary.Unknown], Alphabet.Encode("o\uD800"));
    }

    [Fact]
    public void A_vocabulary_rebuilt_from_its_stored_characters_encodes_identically()
    {
        var copy = new Vocabulary(Alphabet.Characters);
        Assert.Equal(Alphabet.Encode("hello, olá"), copy.Encode("hello, olá"));
    }
}
