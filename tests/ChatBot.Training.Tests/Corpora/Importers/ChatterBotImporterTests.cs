using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Training.Tests.Corpora.Importers;

public sealed class ChatterBotImporterTests
{
    private readonly ChatterBotImporter _importer = new();

    [Fact]
    public void Import_File_TurnsEachConversationIntoADialogueAtItsLine()
    {
        var file = Fixtures.PathOf("chatterbot/valid/greetings.yml");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal([["Good morning!", "Morning! Did you sleep well?"], ["Olá, tudo bem?", "Tudo ótimo, e você?"]],
            result.Dialogues.Select(dialogue => dialogue.Turns));
        Assert.Equal([4, 6], result.Dialogues.Select(dialogue => dialogue.Line));
        Assert.All(result.Dialogues, dialogue => Assert.Equal(file, dialogue.SourceFile));
    }

    [Fact]
    public void Import_OddConversation_DropsTheUnansweredLastTurn()
    {
        var result = _importer.Import(Fixtures.PathOf("chatterbot/valid/greetings.yml"), skipInvalid: false);

        Assert.DoesNotContain(result.Dialogues, dialogue => dialogue.Turns.Contains("Também, obrigado."));
    }

    [Fact]
    public void Import_SingleTurnConversation_IsSkippedAndCounted()
    {
        var file = Fixtures.PathOf("chatterbot/valid/greetings.yml");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(1, result.Skipped);
        Assert.StartsWith($"{file}:9: ", Assert.Single(result.Problems));
    }

    [Fact]
    public void Import_Folder_ReadsYmlAndYamlFilesInOrdinalOrder()
    {
        var result = _importer.Import(Fixtures.PathOf("chatterbot/valid"), skipInvalid: false);

        Assert.Equal(
            ["Good morning!", "Olá, tudo bem?", "Will it rain today?"],
            result.Dialogues.Select(dialogue => dialogue.Turns[0]));
        Assert.Equal(4, result.Dialogues[2].Turns.Count);
    }

    [Fact]
    public void Import_MalformedYaml_ReportsTheLineYamlDotNetFinds()
    {
        var file = Fixtures.PathOf("chatterbot/invalid/broken-syntax.yml");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(file, error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("malformed YAML", error.Problem);
    }

    [Fact]
    public void Import_TurnThatIsAMapping_ReportsTheTurnsLine()
    {
        var file = Fixtures.PathOf("chatterbot/invalid/turn-is-mapping.yml");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(file, error.File);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Import_ConversationThatIsNotAList_ReportsItsLine()
    {
        var file = Fixtures.PathOf("chatterbot/invalid/entry-is-string.yml");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(4, error.Line);
        Assert.Contains("list of strings", error.Problem);
    }

    [Fact]
    public void Import_SkipInvalid_SkipsBadConversationsAndUnreadableFiles()
    {
        var result = _importer.Import(Fixtures.PathOf("chatterbot/invalid"), skipInvalid: true);

        // broken-syntax.yml is skipped whole; each of the other two loses one conversation and keeps one.
        Assert.Equal(["A question", "Fine conversation"], result.Dialogues.Select(dialogue => dialogue.Turns[0]));
        Assert.Equal(3, result.Skipped);
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void Import_MissingPath_Throws()
    {
        var missing = Fixtures.PathOf("chatterbot/nowhere");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(missing, skipInvalid: true));

        Assert.Equal(missing, error.File);
    }
}
