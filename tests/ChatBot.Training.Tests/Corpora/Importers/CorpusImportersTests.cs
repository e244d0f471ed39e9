using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Training.Tests.Corpora.Importers;

public sealed class CorpusImportersTests
{
    [Fact]
    public void Default_ListsEveryShippedFormat()
    {
        Assert.Equal(
            ["chatterbot", "personality-chat", "dailydialog", "cornell", "jsonl"],
            CorpusImporters.Default.Names);
    }

    [Theory]
    [InlineData("cornell", typeof(CornellImporter))]
    [InlineData("CORNELL", typeof(CornellImporter))]
    [InlineData("Personality-Chat", typeof(PersonalityChatImporter))]
    [InlineData("JsonL", typeof(JsonLinesImporter))]
    public void Find_MatchesNamesIgnoringCase(string name, Type expected)
    {
        Assert.IsType(expected, CorpusImporters.Default.Find(name));
    }

    [Fact]
    public void Find_UnknownName_ReturnsNull()
    {
        Assert.Null(CorpusImporters.Default.Find("reddit"));
    }

    [Fact]
    public void Default_EveryImporterDescribesItsInput()
    {
        Assert.All(CorpusImporters.Default.All, importer => Assert.False(string.IsNullOrWhiteSpace(importer.Description)));
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CorpusImporters([new CornellImporter(), new CornellImporter()]));
    }
}
