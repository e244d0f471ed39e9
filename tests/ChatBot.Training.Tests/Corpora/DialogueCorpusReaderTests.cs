using ChatBot.Training.Corpora;

namespace ChatBot.Training.Tests.Corpora;

public sealed class DialogueCorpusReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadFile_SplitsDialoguesAtBlankLinesWithTurnsInOrder()
    {
        var file = _folder.WriteText("corpus.txt", "Hi\nHello!\nHow are you?\nFine.\n\nBye\nSee you\n");

        var dialogues = DialogueCorpusReader.ReadFile(file);

        Assert.Equal(2, dialogues.Count);
        Assert.Equal(["Hi", "Hello!", "How are you?", "Fine."], dialogues[0].Turns);
        Assert.Equal(["Bye", "See you"], dialogues[1].Turns);
    }

    [Fact]
    public void ReadFile_RecordsSourceFileAndLineOfFirstTurn()
    {
        var file = _folder.WriteText("corpus.txt", "# greetings\n\nHi\nHello!\n\n\nBye\nSee you\n");

        var dialogues = DialogueCorpusReader.ReadFile(file);

        Assert.All(dialogues, dialogue => Assert.Equal(file, dialogue.SourceFile));
        Assert.Equal([3, 7], dialogues.Select(dialogue => dialogue.Line));
    }

    [Fact]
    public void ReadFile_SkipsCommentLinesWithoutEndingTheDialogue()
    {
        var file = _folder.WriteText("corpus.txt", "# header comment\nHi\n# a note between turns\nHello!\n");

        var dialogue = Assert.Single(DialogueCorpusReader.ReadFile(file));

        Assert.Equal(["Hi", "Hello!"], dialogue.Turns);
    }

    [Fact]
    public void ReadFile_TrimsTrailingWhitespaceAndReadsTabsAsSpaces()
    {
        var file = _folder.WriteText("corpus.txt", "Hi there   \nTab\there \t\n");

        var dialogue = Assert.Single(DialogueCorpusReader.ReadFile(file));

        Assert.Equal(["Hi there", "Tab here"], dialogue.Turns);
    }

    [Fact]
    public void ReadFile_TreatsWhitespaceOnlyLineAsDialogueSeparator()
    {
        var file = _folder.WriteText("corpus.txt", "Hi\nHello\n   \t\nBye\nCiao\n");

        Assert.Equal(2, DialogueCorpusReader.ReadFile(file).Count);
    }

    [Fact]
    public void ReadFile_NormalisesDecomposedTextToNfc()
    {
        // "Olá, você" written with combining accents (a + U+0301, e + U+0302).
        var file = _folder.WriteText("corpus.txt", "Ola\u0301, voce\u0302?\nTudo bem\n");

        var dialogue = Assert.Single(DialogueCorpusReader.ReadFile(file));

        Assert.Equal("Olá, você?", dialogue.Turns[0]);
        Assert.Equal("Ol\u00e1, voc\u00ea?", dialogue.Turns[0]);
    }

    [Fact]
    public void ReadFile_AcceptsByteOrderMarkAndCrLfLineEndings()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Oi\r\nOlá\r\n\r\nTchau\r\nAté logo\r\n"u8];
        var file = _folder.WriteBytes("windows.txt", bytes);

        var dialogues = DialogueCorpusReader.ReadFile(file);

        Assert.Equal(["Oi", "Olá"], dialogues[0].Turns);
        Assert.Equal(["Tchau", "Até logo"], dialogues[1].Turns);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsNamingTheFile()
    {
        var missing = _folder.Combine("nope.txt");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadFile(missing));

        Assert.Equal(missing, error.File);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void ReadPaths_MissingFolder_ThrowsNamingTheFolder()
    {
        var missing = _folder.Combine("no-such-folder");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadPaths([missing], skipInvalid: true));

        Assert.Equal(missing, error.File);
        Assert.Contains("no such file or folder", error.Message);
    }

    [Fact]
    public void ReadFile_FileWithOnlyComments_ThrowsEmptyCorpus()
    {
        var file = _folder.WriteText("empty.txt", "# nothing here yet\n\n");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadFile(file));

        Assert.Equal(file, error.File);
        Assert.Contains("empty corpus", error.Message);
    }

    [Fact]
    public void ReadPaths_FolderWithoutTxtFiles_ThrowsEmptyCorpus()
    {
        _folder.WriteText("notes.md", "Hi\nHello\n");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadPaths([_folder.Path], skipInvalid: false));

        Assert.Equal(_folder.Path, error.File);
        Assert.Contains("empty corpus", error.Message);
    }

    [Fact]
    public void ReadPaths_EveryDialogueInvalidWithSkipInvalid_StillThrowsEmptyCorpus()
    {
        _folder.WriteText("odd.txt", "Hi\n\nAnyone?\n");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadPaths([_folder.Path], skipInvalid: true));

        Assert.Contains("empty corpus", error.Message);
        Assert.Contains("2 skipped", error.Message);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_ReportsLineOfTheBadBytes()
    {
        // Line 4 holds "caf" + a lone Latin-1 'é' byte (0xE9), which is not UTF-8.
        byte[] bytes = [.. "Hi\nHello\n\ncaf"u8, 0xE9, .. "\nYes\n"u8];
        var file = _folder.WriteBytes("latin1.txt", bytes);

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadFile(file));

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void ReadFile_SingleTurnDialogue_ReportsItsLineAndTheMissingBotReply()
    {
        var file = _folder.WriteText("corpus.txt", "Hi\nHello\n\nIs anyone there?\n\nBye\nCiao\n");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadFile(file));

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("bot's reply", error.Problem);
        Assert.StartsWith($"{file}:4: ", error.Message);
    }

    [Fact]
    public void ReadFile_OddTurnCount_ReportsLineOfTheUnansweredUserTurn()
    {
        var file = _folder.WriteText("corpus.txt", "Hi\nHello\nHow are you?\nFine\nAnd you?\n");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadFile(file));

        Assert.Equal(5, error.Line);
        Assert.Contains("starting at line 1", error.Problem);
        Assert.Contains("bot's reply", error.Problem);
    }

    [Fact]
    public void ReadPaths_WithoutSkipInvalid_ThrowsForAnInvalidDialogue()
    {
        var file = _folder.WriteText("corpus.txt", "Hi\nHello\n\nAlone\n");

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadPaths([file], skipInvalid: false));

        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void ReadPaths_SkipInvalid_LoadsValidDialoguesAndCountsSkippedOnes()
    {
        var file = _folder.WriteText("corpus.txt", "Hi\nHello\n\nAlone\n\nOne\nTwo\nThree\n\nBye\nCiao\n");

        var result = DialogueCorpusReader.ReadPaths([file], skipInvalid: true);

        Assert.Equal([["Hi", "Hello"], ["Bye", "Ciao"]], result.Dialogues.Select(dialogue => dialogue.Turns));
        Assert.Equal(2, result.Skipped);
        Assert.Equal(2, result.Problems.Count);
        Assert.StartsWith($"{file}:4: ", result.Problems[0]);
        Assert.StartsWith($"{file}:8: ", result.Problems[1]);
    }

    [Fact]
    public void ReadPaths_SkipInvalid_SkipsWholeFileThatIsNotUtf8()
    {
        _folder.WriteText("a-good.txt", "Hi\nHello\n");
        var bad = _folder.WriteBytes("b-bad.txt", [.. "Fine\nGood\n\nOl"u8, 0xE1, .. "\nOi\n"u8]);

        var result = DialogueCorpusReader.ReadPaths([_folder.Path], skipInvalid: true);

        var dialogue = Assert.Single(result.Dialogues);
        Assert.Equal(["Hi", "Hello"], dialogue.Turns);
        Assert.Equal(1, result.Skipped);
        Assert.StartsWith($"{bad}:4: ", Assert.Single(result.Problems));
    }

    [Fact]
    public void ReadPaths_WithoutSkipInvalid_FileThatIsNotUtf8Throws()
    {
        _folder.WriteText("a-good.txt", "Hi\nHello\n");
        var bad = _folder.WriteBytes("b-bad.txt", [.. "Ol"u8, 0xE1, .. "\nOi\n"u8]);

        var error = Assert.Throws<CorpusFormatException>(() => DialogueCorpusReader.ReadPaths([_folder.Path], skipInvalid: false));

        Assert.Equal(bad, error.File);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void ReadPaths_Folder_ReadsTxtFilesRecursivelyInOrdinalPathOrder()
    {
        _folder.WriteText("b.txt", "b\nB\n");
        _folder.WriteText("B.txt", "upper b\nB\n");
        _folder.WriteText("a/z.txt", "a/z\nZ\n");
        _folder.WriteText("a/deeper/c.txt", "a/deeper/c\nC\n");
        _folder.WriteText("readme.md", "not\na corpus\n");

        var result = DialogueCorpusReader.ReadPaths([_folder.Path], skipInvalid: false);

        // Ordinal: "B.txt" < "a/…" < "b.txt", and "a/deeper/c.txt" < "a/z.txt".
        Assert.Equal(["upper b", "a/deeper/c", "a/z", "b"], result.Dialogues.Select(dialogue => dialogue.Turns[0]));
    }

    [Fact]
    public void ReadPaths_SeveralPaths_KeepsTheGivenPathOrder()
    {
        var second = _folder.WriteText("second.txt", "two\n2\n");
        var first = _folder.WriteText("zz/first.txt", "one\n1\n");

        var result = DialogueCorpusReader.ReadPaths([first, second], skipInvalid: false);

        Assert.Equal([first, second], result.Dialogues.Select(dialogue => dialogue.SourceFile));
        Assert.Equal(0, result.Skipped);
        Assert.Empty(result.Problems);
    }
}
