namespace ChatBot.Trainer.Tests.Commands;

/// <summary>Bad input ends with one clear line on stderr and a meaningful exit code, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_missing_corpus_file_exits_1_naming_the_path()
    {
        var run = await CliRun.InAsync(_folder, ["train", "--corpus", "nowhere/dialogues.txt", "--model", "m.chatbot"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains(_folder.File("nowhere/dialogues.txt"), run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task An_unknown_option_exits_2()
    {
        var run = await CliRun.InAsync(_folder, ["train", "--hiden", "32"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--hiden", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task A_non_numeric_value_exits_2_naming_the_option()
    {
        var run = await CliRun.InAsync(_folder, ["train", "--steps", "many"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--steps expects a whole number, got 'many'", run.Error);
    }

    [Fact]
    public async Task An_out_of_range_value_exits_2_naming_the_setting_and_the_option()
    {
        var corpus = _folder.Write("c.txt", "hi\nhello\n");

        var run = await CliRun.InAsync(_folder, ["train", "--corpus", corpus, "--hidden", "0"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Trainer:HiddenSize (--hidden)", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task A_decoding_value_out_of_range_exits_2()
    {
        var run = await CliRun.InAsync(_folder, ["chat", "--top-p", "1.5"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--top-p must be", run.Error);
    }

    [Fact]
    public async Task A_dialogue_with_one_turn_exits_1_with_file_and_line()
    {
        var corpus = _folder.Write("one-turn.txt", "hi\nhello\n\nonly the user speaks\n");

        var run = await CliRun.InAsync(_folder, ["train", "--corpus", corpus, "--model", "m.chatbot"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains($"{corpus}:4:", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task A_corpus_that_is_not_utf8_exits_1_naming_the_file()
    {
        var corpus = _folder.File("latin1.txt");
        File.WriteAllBytes(corpus, [(byte)'o', (byte)'l', 0xE1, (byte)'\n', (byte)'o', (byte)'i', (byte)'\n']);

        var run = await CliRun.InAsync(_folder, ["train", "--corpus", corpus, "--model", "m.chatbot"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains(corpus, run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task A_corpus_without_dialogues_exits_1()
    {
        var corpus = _folder.Write("empty.txt", "# only a comment\n\n");

        var run = await CliRun.InAsync(_folder, ["train", "--corpus", corpus, "--model", "m.chatbot"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains(corpus, run.Error);
    }

    [Fact]
    public async Task A_missing_model_file_exits_1_naming_it()
    {
        var run = await CliRun.InAsync(_folder, ["chat", "--model", "absent.chatbot"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains($"model not found: {_folder.File("absent.chatbot")}", run.Error);
    }

    [Fact]
    public async Task A_damaged_model_file_exits_1_with_a_clear_message()
    {
        var model = _folder.Write("damaged.chatbot", "this is not a model");

        var run = await CliRun.InAsync(_folder, ["sample", "--model", model, "--prompt", "hi"]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains($"cannot load the model: {model}", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task A_settings_file_that_is_not_json_exits_2_naming_it()
    {
        var settings = _folder.Write("broken.json", "{ \"Trainer\": { ");

        var run = await CliRun.InAsync(_folder, ["eval", "--config", settings]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(settings, run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task No_command_exits_2()
    {
        var run = await CliRun.InAsync(_folder, []);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }
}
