using System.Text;
using ChatBot.Training.Corpora;

namespace ChatBot.Training.Tests.Corpora;

public sealed class DialogueCorpusWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WriteThenRead_RoundTripsDialoguesIncludingPortugueseAccents()
    {
        Dialogue[] written =
        [
            new(["Olá! Tudo bem?", "Tudo ótimo, obrigado. E você?", "Também. Até já!", "Até já, coração."]),
            new(["Where is the café?", "Around the corner, next to the açaí stand."]),
        ];
        var file = _folder.Combine("roundtrip.txt");

        DialogueCorpusWriter.Write(file, written);
        var read = DialogueCorpusReader.ReadFile(file);

        Assert.Equal(written.Select(dialogue => dialogue.Turns), read.Select(dialogue => dialogue.Turns));
        Assert.Equal([1, 6], read.Select(dialogue => dialogue.Line));
    }

    [Fact]
    public void Write_DecomposedInput_IsReadBackAsNfc()
    {
        // "São Paulo" and "é" with combining marks (a + U+0303, e + U+0301).
        Dialogue decomposed = new(["Sa\u0303o Paulo?", "E\u0301 longe."]);
        var file = _folder.Combine("nfc.txt");

        DialogueCorpusWriter.Write(file, [decomposed]);

        Assert.Equal(["São Paulo?", "É longe."], Assert.Single(DialogueCorpusReader.ReadFile(file)).Turns);
        Assert.Contains("São Paulo?", File.ReadAllText(file, Encoding.UTF8));
    }

    [Fact]
    public void Write_ReplacesLineBreaksAndTabsInsideATurnWithSpaces()
    {
        var file = _folder.Combine("breaks.txt");

        DialogueCorpusWriter.Write(file, [new Dialogue(["first line\nsecond line", "a\r\nb\tc"])]);

        Assert.Equal("first line second line\na b c\n", File.ReadAllText(file));
    }

    [Fact]
    public void Write_TurnStartingWithHash_IsReadBackAsATurnNotAComment()
    {
        var file = _folder.Combine("hash.txt");

        DialogueCorpusWriter.Write(file, [new Dialogue(["#1 fan here", "# of course"])]);

        Assert.Equal(["#1 fan here", "# of course"], Assert.Single(DialogueCorpusReader.ReadFile(file)).Turns);
    }

    [Fact]
    public void Write_HeaderComment_IsWrittenAsCommentsTheReaderIgnores()
    {
        var file = _folder.Combine("header.txt");

        DialogueCorpusWriter.Write(file, [new Dialogue(["Hi", "Hello"])], "Imported from jsonl\nby the test");

        Assert.StartsWith("# Imported from jsonl\n# by the test\n", File.ReadAllText(file));
        Assert.Equal(["Hi", "Hello"], Assert.Single(DialogueCorpusReader.ReadFile(file)).Turns);
    }

    [Fact]
    public void Write_EmptyTurnAfterTrimming_ThrowsNamingTheDialoguesSourceFileAndLine()
    {
        Dialogue[] dialogues = [new(["Hi", "Hello"], "a.txt", 1), new(["Hey", "  \n "], "chat.jsonl", 7)];

        var error = Assert.Throws<ArgumentException>(() => DialogueCorpusWriter.Write(_folder.Combine("out.txt"), dialogues));

        Assert.Contains("chat.jsonl:7", error.Message);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Write_OddNumberOfTurns_Throws()
    {
        var error = Assert.Throws<ArgumentException>(
            () => DialogueCorpusWriter.Write(_folder.Combine("out.txt"), [new Dialogue(["Hi", "Hello", "Bye"], "x.txt", 3)]));

        Assert.Contains("x.txt:3", error.Message);
    }

    [Fact]
    public void Write_NoDialogues_ThrowsAndCreatesNoFile()
    {
        var file = _folder.Combine("out.txt");

        Assert.Throws<ArgumentException>(() => DialogueCorpusWriter.Write(file, []));

        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Write_ReplacesAnExistingFile()
    {
        var file = _folder.WriteText("corpus.txt", "Old\nContent\n");

        DialogueCorpusWriter.Write(file, [new Dialogue(["New", "Content"])]);

        Assert.Equal("New\nContent\n", File.ReadAllText(file));
    }

    [Fact]
    public void Write_InvalidDialogue_LeavesExistingFileUntouchedAndNoTemporaryFile()
    {
        var file = _folder.WriteText("corpus.txt", "Old\nContent\n");
        Dialogue[] dialogues = [new(["Fine", "Reply"]), new(["Broken", ""], "bad.txt", 2)];

        Assert.Throws<ArgumentException>(() => DialogueCorpusWriter.Write(file, dialogues));

        Assert.Equal("Old\nContent\n", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Write_CreatesMissingParentFolders()
    {
        var file = _folder.Combine("nested/deeper/corpus.txt");

        DialogueCorpusWriter.Write(file, [new Dialogue(["Hi", "Hello"])]);

        Assert.True(File.Exists(file));
    }

    [Fact]
    public void Write_ProducesUtf8WithoutByteOrderMark()
    {
        var file = _folder.Combine("bytes.txt");

        DialogueCorpusWriter.Write(file, [new Dialogue(["é", "ç"])]);

        Assert.Equal("é\nç\n"u8.ToArray(), File.ReadAllBytes(file));
    }
}
