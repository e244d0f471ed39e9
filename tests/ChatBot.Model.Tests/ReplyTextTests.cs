using ChatBot.Model.Text;

namespace ChatBot.Model.Tests;

/// <summary>A reply cut at the length limit ends at a boundary, never mid-word.</summary>
public sealed class ReplyTextTests
{
    private static readonly Vocabulary Alphabet = Vocabulary.Build(["abcdefghijklmnopqrstuvwxyz ,.!?"], minCount: 1);

    private static string Decode(string text, bool reachedLimit) => ReplyText.Decode(Alphabet, Alphabet.Encode(text), reachedLimit);

    [Fact]
    public void A_reply_the_model_ended_is_kept_as_it_is() =>
        Assert.Equal("and a state and a sta", Decode("and a state and a sta", reachedLimit: false));

    [Fact]
    public void A_cut_reply_loses_its_unfinished_last_word() =>
        Assert.Equal("and a state and a", Decode("and a state and a sta", reachedLimit: true));

    [Fact]
    public void A_cut_reply_ends_at_a_late_sentence_end() =>
        Assert.Equal("i like lstms. they remember.", Decode("i like lstms. they remember. an", reachedLimit: true));

    [Fact]
    public void A_cut_reply_that_already_ends_at_a_boundary_is_kept() =>
        Assert.Equal("hello there!", Decode("hello there!", reachedLimit: true));

    [Fact]
    public void A_cut_reply_without_any_boundary_is_kept_whole() =>
        Assert.Equal("zzzzzzzz", Decode("zzzzzzzz", reachedLimit: true));

    [Fact]
    public void Trailing_punctuation_before_the_cut_word_goes_too() =>
        Assert.Equal("one, two", Decode("one, two, thr", reachedLimit: true));
}
