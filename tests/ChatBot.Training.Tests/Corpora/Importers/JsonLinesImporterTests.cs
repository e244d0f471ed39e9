using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Training.Tests.Corpora.Importers;

public sealed class JsonLinesImporterTests
{
    private readonly JsonLinesImporter _importer = new();

    [Fact]
    public void Import_ReadsTurnsArraysIgnoringBlankLinesAndOtherProperties()
    {
        var file = Fixtures.PathOf("jsonl/dialogues.jsonl");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(["What's the capital of Portugal?", "Lisbon."], result.Dialogues[0].Turns);
        Assert.Equal([1, 3, 4], result.Dialogues.Select(dialogue => dialogue.Line));
    }

    [Fact]
    public void Import_OddTurns_DropsTheLastAndSingleTurnIsSkipped()
    {
        var file = Fixtures.PathOf("jsonl/dialogues.jsonl");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(["Bom dia!", "Bom dia! Como posso ajudar?"], result.Dialogues[1].Turns);
        Assert.Equal(1, result.Skipped);
        Assert.StartsWith($"{file}:5: ", Assert.Single(result.Problems));
    }

    [Fact]
    public void Import_LineBreakInsideATurn_BecomesASpace()
    {
        var result = _importer.Import(Fixtures.PathOf("jsonl/dialogues.jsonl"), skipInvalid: false);

        Assert.Equal("Line one line two", result.Dialogues[2].Turns[0]);
    }

    [Fact]
    public void Import_InvalidJson_ReportsItsLine()
    {
        var file = Fixtures.PathOf("jsonl/malformed.jsonl");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid JSON", error.Problem);
    }

    [Fact]
    public void Import_ObjectWithoutTurns_ReportsItsLine()
    {
        var error = Assert.Throws<CorpusFormatException>(
            () => _importer.Import(Fixtures.PathOf("jsonl/no-turns.jsonl"), skipInvalid: false));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Import_TurnThatIsNotAString_ReportsItsLine()
    {
        var error = Assert.Throws<CorpusFormatException>(
            () => _importer.Import(Fixtures.PathOf("jsonl/turns-not-strings.jsonl"), skipInvalid: false));

        Assert.Equal(2, error.Line);
        Assert.Contains("not a string", error.Problem);
    }

    [Fact]
    public void Import_EscapedLoneSurrogate_IsReportedNotThrownAsACrash()
    {
        using var folder = new TempFolder();
        var file = folder.WriteText("surrogate.jsonl", "{\"turns\": [\"ok\", \"fine\"]}\n{\"turns\": [\"bad \\ud800\", \"reply\"]}\n");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: false));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Import_Folder_WithSkipInvalid_KeepsValidLinesAndCountsBadOnes()
    {
        var result = _importer.Import(Fixtures.PathOf("jsonl"), skipInvalid: true);

        // dialogues 3 + malformed 2 + no-turns 1 + turns-not-strings 1 valid; skipped: 1 short + 3 malformed lines.
        Assert.Equal(7, result.Dialogues.Count);
        Assert.Equal(4, result.Skipped);
        Assert.Equal(4, result.Problems.Count);
    }

    [Fact]
    public void Import_FileWithNoUsableDialogue_ThrowsNoDialogues()
    {
        using var folder = new TempFolder();
        var file = folder.WriteText("lonely.jsonl", "{\"turns\": [\"Anyone?\"]}\n\n");

        var error = Assert.Throws<CorpusFormatException>(() => _importer.Import(file, skipInvalid: true));

        Assert.Equal(file, error.File);
        Assert.Contains("no usable dialogues", error.Problem);
    }

    [Fact]
    public void Import_EmptyTurn_EndsTheDialogueBeforeIt()
    {
        using var folder = new TempFolder();
        var file = folder.WriteText("gap.jsonl", "{\"turns\": [\"Hi\", \"Hello\", \"  \", \"Lost\", \"Turns\"]}\n");

        var result = _importer.Import(file, skipInvalid: false);

        Assert.Equal(["Hi", "Hello"], Assert.Single(result.Dialogues).Turns);
    }
}
