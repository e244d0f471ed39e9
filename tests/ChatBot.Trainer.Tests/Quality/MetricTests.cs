using ChatBot.Trainer.Quality;

namespace ChatBot.Trainer.Tests.Quality;

/// <summary>The reply metrics on hand-made replies.</summary>
public sealed class MetricTests
{
    [Fact]
    public void A_reply_repeating_a_word_4_gram_loops() =>
        Assert.True(LoopDetector.Loops("It keeps a state and a state and a state and a state."));

    [Fact]
    public void A_reply_repeating_a_character_10_gram_three_times_loops() =>
        Assert.True(LoopDetector.Loops("abcdefghij-abcdefghij-abcdefghij"));

    [Fact]
    public void A_character_10_gram_twice_is_not_a_loop() =>
        Assert.False(LoopDetector.Loops("abcdefghij-abcdefghij"));

    [Fact]
    public void A_clean_reply_does_not_loop() =>
        Assert.False(LoopDetector.Loops("A recurrent network reads one character at a time and keeps a hidden state as its memory."));

    [Theory]
    [InlineData("Você mora em São Paulo.", "Sao Paulo")]
    [InlineData("Your name is JOÃO, right?", "Joao")]
    [InlineData("Sua cor favorita é azul-marinho.", "azul-marinho")]
    public void A_value_matches_whatever_its_case_and_accents(string reply, string value) =>
        Assert.True(FoldedText.ContainsWords(reply, value));

    [Theory]
    [InlineData("Bananas are yellow.", "Ana")]
    [InlineData("Nice to meet you, Anabel.", "Ana")]
    [InlineData("Your number is 1375.", "137")]
    public void Part_of_a_word_is_not_a_match(string reply, string value) =>
        Assert.False(FoldedText.ContainsWords(reply, value));

    [Theory]
    [InlineData("What is a recurrent neural network?", DetectedLanguage.English)]
    [InlineData("My favourite colour is blue.", DetectedLanguage.English)]
    [InlineData("O que é uma rede neural recorrente?", DetectedLanguage.Portuguese)]
    [InlineData("Minha cor favorita é azul.", DetectedLanguage.Portuguese)]
    [InlineData("Não sei.", DetectedLanguage.Portuguese)]
    [InlineData("12345 !!", DetectedLanguage.Unknown)]
    public void Language_is_told_from_the_words(string text, DetectedLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void A_reply_is_expected_in_the_reference_replys_language_after_a_request_to_switch() =>
        Assert.Equal(DetectedLanguage.Portuguese, LanguageDetector.ExpectedReply("Please reply in Portuguese.", "Combinado! A partir de agora respondo em português."));

    [Fact]
    public void A_reply_is_expected_in_the_prompts_language_where_the_reference_has_no_clear_language() =>
        Assert.Equal(DetectedLanguage.English, LanguageDetector.ExpectedReply("It's really cold today, isn't it?", "Brr!"));

    [Fact]
    public void ChrF_is_one_for_the_reference_and_zero_for_a_disjoint_reply()
    {
        Assert.Equal(1.0, Chrf.Score("the hidden state", "the hidden state"), 12);
        Assert.Equal(0.0, Chrf.Score("xyz", "abc"), 12);
    }

    [Fact]
    public void ChrF_is_higher_for_a_closer_reply() =>
        Assert.True(Chrf.Score("the hidden state", "a hidden state") > Chrf.Score("the weather", "a hidden state"));

    [Fact]
    public void Real_words_are_those_of_the_training_text_or_a_word_list()
    {
        var words = WordLists.Build(["Hello there, state!"], listFiles: []);

        Assert.Equal((2, 3), words.Count("hello STATE xqzt 42"));
    }

    [Fact]
    public void The_95_percent_interval_of_a_mean_is_1_96_standard_errors()
    {
        var (mean, halfWidth) = ReplyBenchmark.MeanWithInterval([1.0, 2.0, 3.0, 4.0]);

        Assert.Equal(2.5, mean, 12);
        Assert.Equal(1.96 * Math.Sqrt(5.0 / 3 / 4), halfWidth, 12);
    }
}
