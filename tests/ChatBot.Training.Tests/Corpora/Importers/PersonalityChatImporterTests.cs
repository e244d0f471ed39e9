using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Training.Tests.Corpora.Importers;

public sealed class PersonalityChatImporterTests
{
    private readonly PersonalityChatImporter _importer = new();

    [Fact]
    public void Import_EachRowBecomesAQuestionAnswerDialogueAtItsLine()
    {
        var file = Fixtures.PathOf("personality-chat/chitchat.tsv");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(
            [
                ["how old are you?", "Age is just a number for a bot."],
                ["what is your \"real\" name?", "My name is \"Bot\", quotes included."],
                ["você gosta de café?", "Adoro o cheiro de café."],
            ],
            result.Dialogues.Select(dialogue => dialogue.Turns));
        Assert.Equal([2, 3, 5], result.Dialogues.Select(dialogue => dialogue.Line));
        Assert.Equal(0, result.Skipped);
    }

    [Fact]
    public void Import_FindsColumnsByHeaderNameIgnoringCaseAndOrder()
    {
        var result = _importer.Import(Fixtures.PathOf("personality-chat/reordered-columns.tsv"), skipInvalid: false);

        Assert.Equal(["how are you?", "I am doing great."], Assert.Single(result.Dialogues).Turns);
    }

    [Fact]
    public void Import_RowWithoutAnswer_ReportsItsLine()
    {
        var file = Fixtures.PathOf("personality-chat/missing-answer.tsv");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("Answer", error.Problem);
    }

    [Fact]
    public void Import_RowWithoutAnswer_WithSkipInvalid_IsSkippedAndCounted()
    {
        var file = Fixtures.PathOf("personality-chat/missing-answer.tsv");

        var result = _importer.Import(file, skipInvalid: true);

        Assert.Equal(2, result.Dialogues.Count);
        Assert.Equal(1, result.Skipped);
        Assert.StartsWith($"{file}:4: ", Assert.Single(result.Problems));
    }

    [Fact]
    public void Import_HeaderWithoutAnswerColumn_ReportsTheHeaderLine()
    {
        var file = Fixtures.PathOf("personality-chat/no-answer-header.tsv");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(1, error.Line);
        Assert.Contains("'Answer'", error.Problem);
    }

    [Fact]
    public void Import_RowWithEmptyAnswer_IsSkippedAndCountedNotAnError()
    {
        using var folder = new TempFolder();
        var file = folder.WriteText("empty-answer.tsv", "Question\tAnswer\nhi\thello\nsilence?\t \n");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(["hi", "hello"], Assert.Single(result.Dialogues).Turns);
        Assert.Equal(1, result.Skipped);
        Assert.StartsWith($"{file}:3: ", Assert.Single(result.Problems));
    }
}
