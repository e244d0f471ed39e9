using ChatBot.Bot.Localization;
using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Tests;

/// <summary>/about tells users what the model learnt from, never where the files lay on the training machine.</summary>
public sealed class CorpusDescriptionsTests
{
    [Theory]
    [InlineData("1200 dialogues from /home/alice/rnn/corpora", "1200 dialogues from corpora")]
    [InlineData("1200 dialogues from /home/alice/rnn/corpora/, /srv/data/extra.txt", "1200 dialogues from corpora, extra.txt")]
    [InlineData(@"80 dialogues from C:\Users\bob\corpora\pt", "80 dialogues from pt")]
    [InlineData("80 dialogues from ~/corpora", "80 dialogues from corpora")]
    [InlineData("1200 dialogues from corpora/", "1200 dialogues from corpora/")]
    [InlineData("the unit-test corpus", "the unit-test corpus")]
    [InlineData("EN/PT dialogues", "EN/PT dialogues")]
    public void Absolute_paths_are_cut_to_their_last_part(string description, string shown) =>
        Assert.Equal(shown, CorpusDescriptions.ForUsers(description));

    [Theory]
    [InlineData("1200 dialogues from /home/alice/rnn/corpora", "1200 diálogos de corpora")]
    [InlineData("1200 dialogues from /home/alice/rnn/corpora/, /srv/data/extra.txt", "1200 diálogos de corpora, extra.txt")]
    [InlineData("the unit-test corpus", "the unit-test corpus")]
    public void In_Portuguese_the_trainers_description_is_translated(string description, string shown) =>
        Assert.Equal(shown, CorpusDescriptions.ForUsers(description, BotLanguage.Portuguese));

    [Fact]
    public void Portuguese_about_has_no_English_corpus_description()
    {
        var info = new ModelInfo("alpha", "alpha-fp", DateTimeOffset.UnixEpoch, "5320 dialogues from /work/runs/r5/corpora",
            "hash", 1500, 1.5, 0.2);

        var about = BotTexts.Portuguese.About(info, recall: null);

        Assert.Contains("com 5320 diálogos de corpora;", about);
        Assert.DoesNotContain("dialogues", about);
    }

    [Fact]
    public void About_does_not_show_the_training_machines_corpus_path()
    {
        var info = new ModelInfo("alpha", "alpha-fp", DateTimeOffset.UnixEpoch, "1200 dialogues from /home/alice/rnn/corpora",
            "hash", 1500, 1.5, 0.2);

        Assert.DoesNotContain("/home/alice", BotTexts.English.About(info, recall: null));
        Assert.DoesNotContain("/home/alice", BotTexts.Portuguese.About(info, recall: null));
        Assert.Contains("1200 dialogues from corpora", BotTexts.English.About(info, recall: null));
    }
}
