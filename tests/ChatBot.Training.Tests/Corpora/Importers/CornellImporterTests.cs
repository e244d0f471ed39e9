using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Training.Tests.Corpora.Importers;

public sealed class CornellImporterTests
{
    private readonly CornellImporter _importer = new();

    [Fact]
    public void Import_BuildsDialoguesFromConversationLineIdsDecodingLatin1()
    {
        var folder = Fixtures.PathOf("cornell/valid");

        var result = _importer.Import(folder, skipInvalid: false);

        Assert.Equal(
            [["Where are we going tonight?", "To the café by the river."], ["Is the ship ready?", "Almost. Give me an hour."]],
            result.Dialogues.Select(dialogue => dialogue.Turns));
    }

    [Fact]
    public void Import_DialoguePointsAtItsLineInMovieConversations()
    {
        var folder = Fixtures.PathOf("cornell/valid");

        var result = _importer.Import(folder, skipInvalid: false);

        Assert.All(result.Dialogues, dialogue => Assert.Equal(Path.Combine(folder, "movie_conversations.txt"), dialogue.SourceFile));
        Assert.Equal([1, 2], result.Dialogues.Select(dialogue => dialogue.Line));
    }

    [Fact]
    public void Import_SingleLineConversation_IsSkippedAndCounted()
    {
        var result = _importer.Import(Fixtures.PathOf("cornell/valid"), skipInvalid: false);

        Assert.Equal(1, result.Skipped);
        Assert.Contains("movie_conversations.txt:3: ", Assert.Single(result.Problems));
    }

    [Fact]
    public void Import_MovieLineWithWrongFieldCount_ReportsFileAndLine()
    {
        var folder = Fixtures.PathOf("cornell/wrong-field-count");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(folder, skipInvalid: false));

        Assert.Equal(Path.Combine(folder, "movie_lines.txt"), error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("found 4", error.Problem);
    }

    [Fact]
    public void Import_WrongFieldCount_WithSkipInvalid_SkipsTheLineAndTheConversationNeedingIt()
    {
        var result = _importer.Import(Fixtures.PathOf("cornell/wrong-field-count"), skipInvalid: true);

        Assert.Equal(["Is the ship ready?", "Almost. Give me an hour."], Assert.Single(result.Dialogues).Turns);
        Assert.Equal(2, result.Skipped);
    }

    [Fact]
    public void Import_ConversationNamingUnknownLineId_ReportsFileAndLine()
    {
        var folder = Fixtures.PathOf("cornell/unknown-line-id");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(folder, skipInvalid: false));

        Assert.Equal(Path.Combine(folder, "movie_conversations.txt"), error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("L99", error.Problem);
    }

    [Fact]
    public void Import_FolderWithoutMovieLines_ThrowsNamingTheMissingFile()
    {
        var folder = Fixtures.PathOf("chatterbot/valid");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(folder, skipInvalid: true));

        Assert.Equal(Path.Combine(folder, "movie_lines.txt"), error.File);
    }
}
