using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Training.Tests.Corpora.Importers;

public sealed class DailyDialogImporterTests
{
    private readonly DailyDialogImporter _importer = new();

    [Fact]
    public void Import_SplitsTurnsAtEouAndUndoesSpacedPunctuation()
    {
        var file = Fixtures.PathOf("dailydialog/valid/dialogues_text.txt");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(
            ["Hey, are you coming to the picnic?", "Sure! I will bring some sandwiches.", "Great, see you there.", "See you!"],
            result.Dialogues[0].Turns);
        Assert.Equal(1, result.Dialogues[0].Line);
    }

    [Fact]
    public void Import_JoinsTheSpacedApostrophe()
    {
        var result = _importer.Import(Fixtures.PathOf("dailydialog/valid/dialogues_text.txt"), skipInvalid: false);

        Assert.Equal("I can’t find my keys.", result.Dialogues[1].Turns[0]);
    }

    [Fact]
    public void Import_OddDialogue_DropsItsLastTurnAndSingleTurnLineIsSkipped()
    {
        var file = Fixtures.PathOf("dailydialog/valid/dialogues_text.txt");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(["I can’t find my keys.", "Did you check your coat pocket?"], result.Dialogues[1].Turns);
        Assert.Equal(2, result.Dialogues.Count);
        Assert.Equal(1, result.Skipped);
        Assert.StartsWith($"{file}:4: ", Assert.Single(result.Problems));
    }

    [Fact]
    public void Import_Folder_IgnoresTheActAndEmotionAnnotationFiles()
    {
        var result = _importer.Import(Fixtures.PathOf("dailydialog/valid"), skipInvalid: false);

        Assert.All(result.Dialogues, dialogue => Assert.EndsWith("dialogues_text.txt", dialogue.SourceFile));
        Assert.Equal(2, result.Dialogues.Count);
    }

    [Fact]
    public void Import_LineWithoutEou_ReportsItsLine()
    {
        var file = Fixtures.PathOf("dailydialog/invalid/dialogues_text.txt");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Import_LineWithoutEou_WithSkipInvalid_IsSkippedAndCounted()
    {
        var result = _importer.Import(Fixtures.PathOf("dailydialog/invalid/dialogues_text.txt"), skipInvalid: true);

        Assert.Equal(2, result.Dialogues.Count);
        Assert.Equal(1, result.Skipped);
    }
}
