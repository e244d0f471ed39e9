using ChatBot.Trainer.Quality;

namespace ChatBot.Trainer.Tests.Quality;

/// <summary>The n-gram baseline: a proper distribution for every context, and the values worked out by hand.</summary>
public sealed class KneserNeyModelTests
{
    private const int Start = 0;
    private const int A = 1;
    private const int B = 2;

    [Fact]
    public void Probabilities_over_the_alphabet_sum_to_one_for_any_context()
    {
        int[] alphabet = [1, 2, 3, 4, 5];
        var model = new KneserNeyModel(4, alphabet, Start, [[1, 2, 3, 1, 2, 4], [2, 2, 2, 5], [3, 1, 2, 3, 1, 2, 4, 5], [5]]);
        int[][] contexts = [[Start], [Start, 1], [Start, 1, 2], [Start, 1, 2, 3, 1, 2], [4, 4, 4], [Start, 5, 5, 5, 5], [2, 2], []];

        foreach (var context in contexts)
        {
            var sum = alphabet.Sum(symbol => model.Probability(context, symbol));
            Assert.Equal(1.0, sum, 12);
        }
    }

    /// <summary>
    /// "aaa" with order 2 and discount 1/2. Bigrams (raw): &lt;s&gt;a once, aa twice. Unigrams count distinct left
    /// neighbours: a follows &lt;s&gt; and a, so 2 (not its 3 occurrences). Over the alphabet {a, b}:
    /// P1(a) = (2 − ½ + ½·1·½) / 2 = 7/8, P1(b) = 1/8;
    /// P(a | &lt;s&gt;) = (1 − ½ + ½·1·7/8) / 1 = 15/16;
    /// P(a | a) = (2 − ½ + ½·1·7/8) / 2 = 31/32, P(b | a) = 1/32;
    /// an unseen history (b) falls back to P1.
    /// </summary>
    [Fact]
    public void Known_values_on_a_tiny_corpus()
    {
        var model = new KneserNeyModel(2, [A, B], Start, [[A, A, A]], fixedDiscount: 0.5);

        Assert.Equal(15.0 / 16, model.Probability([Start], A), 12);
        Assert.Equal(1.0 / 16, model.Probability([Start], B), 12);
        Assert.Equal(31.0 / 32, model.Probability([Start, A], A), 12);
        Assert.Equal(1.0 / 32, model.Probability([Start, A, A], B), 12);
        Assert.Equal(7.0 / 8, model.Probability([B], A), 12);
        Assert.Equal(1.0 / 8, model.Probability([Start, B], B), 12);
    }

    [Fact]
    public void A_sequence_scores_the_bits_of_each_symbol_after_the_start()
    {
        var model = new KneserNeyModel(2, [A, B], Start, [[A, A, A]], fixedDiscount: 0.5);

        var (bits, symbols) = model.Score([[A, B]]);

        Assert.Equal(2, symbols);
        Assert.Equal(-Math.Log2(15.0 / 16) - Math.Log2(1.0 / 32), bits, 12);
    }

    [Fact]
    public void A_training_symbol_outside_the_alphabet_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new KneserNeyModel(3, [A, B], Start, [[A, 7]]));
    }
}
