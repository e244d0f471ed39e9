using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Importing_json_lines_writes_a_readable_corpus_and_prints_the_counts()
    {
        var input = _folder.Write("chats.jsonl", """
            {"turns": ["hi", "hello!", "how are you?", "fine"]}
            {"turns": ["olá", "oi"]}
            {"turns": ["a lonely turn"]}
            """);

        var run = await CliRun.InAsync(_folder, ["import", "--format", "jsonl", "--input", input, "--output", "out/corpus.txt"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("wrote 2 dialogues (3 exchanges)", run.Output);
        Assert.Contains("skipped 1", run.Output);
        var dialogues = DialogueCorpusReader.ReadFile(_folder.File("out/corpus.txt"));
        Assert.Equal([["hi", "hello!", "how are you?", "fine"], ["olá", "oi"]], dialogues.Select(dialogue => dialogue.Turns.ToArray()));
    }

    [Fact]
    public async Task A_malformed_record_exits_1_with_file_and_line_and_writes_nothing()
    {
        var input = _folder.Write("chats.jsonl", "{\"turns\": [\"hi\", \"hello\"]}\n{\"turns\": [\"broken\"\n");

        var run = await CliRun.InAsync(_folder, ["import", "--format", "jsonl", "--input", input, "--output", "corpus.txt"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains($"{input}:2:", run.Error);
        Assert.False(File.Exists(_folder.File("corpus.txt")));
    }

    [Fact]
    public async Task With_skip_invalid_malformed_records_are_reported_and_left_out()
    {
        var input = _folder.Write("chats.jsonl", "{\"turns\": [\"hi\", \"hello\"]}\n{\"turns\": [\"broken\"\n");

        var run = await CliRun.InAsync(_folder, ["import", "--format", "jsonl", "--input", input, "--output", "corpus.txt", "--skip-invalid"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"{input}:2:", run.Error);
        Assert.Contains("wrote 1 dialogue (1 exchanges)", run.Output);
    }

    [Fact]
    public async Task An_unknown_format_exits_2_listing_the_known_ones()
    {
        var input = _folder.Write("chats.jsonl", "{\"turns\": [\"hi\", \"hello\"]}\n");

        var run = await CliRun.InAsync(_folder, ["import", "--format", "csv", "--input", input, "--output", "corpus.txt"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("jsonl", run.Error);
    }

    [Fact]
    public async Task A_missing_input_exits_1_naming_it()
    {
        var run = await CliRun.InAsync(_folder, ["import", "--format", "jsonl", "--input", "absent.jsonl", "--output", "corpus.txt"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains(_folder.File("absent.jsonl"), run.Error);
    }
}
