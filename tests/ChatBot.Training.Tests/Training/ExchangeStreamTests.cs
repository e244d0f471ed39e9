using ChatBot.Model.Text;
using ChatBot.Training.Loop;

namespace ChatBot.Training.Tests.Training;

public class ExchangeStreamTests
{
    private static readonly Vocabulary Alphabet = Vocabulary.Build(TinyCorpus.Dialogues.SelectMany(d => d.Turns), 1);
    private static readonly List<EncodedDialogue> Encoded = TinyCorpus.Dialogues.Select(d => EncodedDialogue.From(d, Alphabet, 200)).ToList();

    [Fact]
    public void Each_row_reads_its_dialogue_in_order_and_starts_a_new_one_with_a_reset_flag()
    {
        var stream = new ExchangeStream(Encoded, rows: 1, seed: 3, shuffleForever: true);
        var first = stream.Next()!;
        var second = stream.Next()!;
        var third = stream.Next()!;
        Assert.Equal([true], first.StartsDialogue);
        Assert.Equal([false], second.StartsDialogue);
        Assert.Equal([true], third.StartsDialogue);
        var dialogue = Encoded.Single(d => d.User[0].SequenceEqual(first.User[0]) && d.Bot[0].SequenceEqual(first.Bot[0]));
        Assert.Equal(dialogue.User[1], second.User[0]);
    }

    [Fact]
    public void A_restored_position_yields_the_same_batches_as_the_original_stream()
    {
        var original = new ExchangeStream(Encoded, rows: 3, seed: 9, shuffleForever: true);
        for (var i = 0; i < 5; i++)
        {
            original.Next();
        }
        var copy = new ExchangeStream(Encoded, rows: 3, seed: 9, shuffleForever: true) { Position = original.Position };
        for (var i = 0; i < 10; i++)
        {
            var a = original.Next()!;
            var b = copy.Next()!;
            Assert.Equal(a.Rows, b.Rows);
            Assert.Equal(a.StartsDialogue, b.StartsDialogue);
            Assert.Equal(a.User.SelectMany(u => u), b.User.SelectMany(u => u));
            Assert.Equal(a.Bot.SelectMany(u => u), b.Bot.SelectMany(u => u));
        }
    }

    [Fact]
    public void A_restored_position_feeds_each_row_the_variant_of_the_epoch_it_took_its_dialogue_in()
    {
        // A variant that differs per epoch: every user turn starts with the epoch's number.
        EncodedDialogue Variant(int index, int epoch) =>
            Encoded[index] with { User = Encoded[index].User.Select(u => (int[])[epoch, .. u]).ToArray() };
        var original = new ExchangeStream(Encoded, rows: 3, seed: 9, shuffleForever: true, Variant);
        for (var i = 0; i < 7; i++)
        {
            original.Next();
        }
        var copy = new ExchangeStream(Encoded, rows: 3, seed: 9, shuffleForever: true, Variant) { Position = original.Position };
        var epochs = new HashSet<int>();
        for (var i = 0; i < 12; i++)
        {
            var a = original.Next()!;
            var b = copy.Next()!;
            Assert.Equal(a.User.SelectMany(u => u), b.User.SelectMany(u => u));
            Assert.Equal(a.Bot.SelectMany(u => u), b.Bot.SelectMany(u => u));
            epochs.UnionWith(a.User.Select(u => u[0]));
        }
        Assert.True(epochs.Count > 1, "the stream should cross an epoch, or the test proves nothing");
    }

    [Fact]
    public void A_one_pass_stream_yields_every_exchange_once_then_ends()
    {
        var stream = new ExchangeStream(Encoded, rows: 3, seed: 0, shuffleForever: false);
        var exchanges = 0;
        while (stream.Next() is { } batch)
        {
            exchanges += batch.Count;
        }
        Assert.Equal(Encoded.Sum(d => d.Exchanges), exchanges);
    }
}
