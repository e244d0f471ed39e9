using ChatBot.Model;
using ChatBot.Model.Decoding;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;

namespace ChatBot.Trainer.Tests.Commands;

/// <summary>
/// "chat" and "sample" drive a real (small, untrained) model file; replies are checked against the model API. Short
/// replies and a one-character second turn keep the first turn's memory visible in an untrained network.
/// </summary>
public sealed class ChatCommandTests : IDisposable
{
    private const int Seed = 11;
    private static readonly DecodingOptions Sampling = new() { Strategy = DecodingStrategy.Sample, Seed = Seed, MaxReplyLength = 12 };

    private readonly TestFolder _folder = new();
    private readonly string _modelPath;

    public ChatCommandTests()
    {
        _modelPath = _folder.File("tiny.chatbot");
        var vocabulary = Vocabulary.Build(["hello there, how are you? olá, tudo bem! fine thanks"], minCount: 1);
        using var model = NetworkModels.CreateUntrained(vocabulary, new ModelHyperParameters(EmbeddingSize: 8, HiddenSize: 16, Layers: 1, Dropout: 0), seed: 4);
        model.Save(_modelPath);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Chat_answers_each_line_carrying_the_state_from_turn_to_turn()
    {
        var (first, second) = Expected(resetBetween: false);

        var run = await Chat("hello\n?\n");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([$"bot> {first}", $"bot> {second}"], BotLines(run));
    }

    [Fact]
    public async Task Reset_makes_the_next_turn_start_a_new_conversation()
    {
        var (_, carried) = Expected(resetBetween: false);
        var (first, afterReset) = Expected(resetBetween: true);
        Assert.NotEqual(carried, afterReset); // The model must answer differently with memory, or this test shows nothing.

        var run = await Chat("hello\n/reset\n?\n");

        Assert.Equal([$"bot> {first}", $"bot> {afterReset}"], BotLines(run));
    }

    [Fact]
    public async Task Quit_ends_the_chat_before_later_lines()
    {
        var run = await Chat("hello\n/quit\n?\n");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Single(BotLines(run));
    }

    [Fact]
    public async Task Greedy_replies_are_the_same_on_every_run()
    {
        var first = await CliRun.InAsync(_folder, ["chat", "--model", _modelPath, "--greedy", "--max-length", "12"], "hello\n?\n");
        var second = await CliRun.InAsync(_folder, ["chat", "--model", _modelPath, "--greedy", "--max-length", "12"], "hello\n?\n");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(2, BotLines(first).Count);
        Assert.Equal(BotLines(first), BotLines(second));
    }

    [Fact]
    public async Task Sample_runs_one_conversation_over_its_prompts()
    {
        var (first, second) = Expected(resetBetween: false);

        var run = await CliRun.InAsync(_folder, ["sample", "--model", _modelPath, "--prompt", "hello", "--prompt", "?", "--seed", $"{Seed}", "--max-length", "12"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["you> hello", $"bot> {first}", "you> ?", $"bot> {second}"], Lines(run).Where(line => !line.StartsWith('#')));
    }

    [Fact]
    public async Task Ctrl_C_while_waiting_for_input_ends_the_chat_with_exit_code_130()
    {
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var run = await CliRun.InAsync(_folder, ["chat", "--model", _modelPath], new SilentReader(), cancellationToken: interrupt.Token)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
    }

    [Fact]
    public async Task Eval_prints_bpc_with_the_state_carried_and_reset_and_the_context_gain()
    {
        var corpus = _folder.Write("eval.txt", "hello\nhello there\n?\nfine thanks\n\nolá\ntudo bem!\n");
        var dialogues = ChatBot.Training.Corpora.DialogueCorpusReader.ReadFile(corpus);
        ChatBot.Training.Loop.EvaluationReport expected;
        using (var model = ChatModel.Load(_modelPath))
        {
            expected = ChatBot.Training.Evaluation.DialogueEvaluator.Evaluate(model, dialogues);
        }

        var run = await CliRun.InAsync(_folder, ["eval", "--model", _modelPath, "--corpus", corpus]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = Lines(run);
        Assert.Contains(lines, line => line.StartsWith("bpc: ", StringComparison.Ordinal) && line.Contains(Invariant(expected.BitsPerChar)));
        Assert.Contains(lines, line => line.StartsWith("bpc with reset: ", StringComparison.Ordinal) && line.Contains(Invariant(expected.BitsPerCharReset)));
        Assert.Contains(lines, line => line.StartsWith("context gain: ", StringComparison.Ordinal));
    }

    private static string Invariant(double value) => value.ToString("F4", System.Globalization.CultureInfo.InvariantCulture);

    private Task<CliRun> Chat(string input) =>
        CliRun.InAsync(_folder, ["chat", "--model", _modelPath, "--seed", $"{Seed}", "--max-length", "12"], input);

    private (string First, string Second) Expected(bool resetBetween)
    {
        using var model = ChatModel.Load(_modelPath);
        var first = model.Respond(null, "hello", Sampling);
        var second = model.Respond(resetBetween ? null : first.State, "?", Sampling);
        return (first.Text, second.Text);
    }

    private static List<string> BotLines(CliRun run) => Lines(run).Where(line => line.StartsWith("bot> ", StringComparison.Ordinal)).ToList();

    private static string[] Lines(CliRun run) => run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Stdin with nobody typing: a read never completes.</summary>
    private sealed class SilentReader : TextReader
    {
        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            new(new TaskCompletionSource<string?>().Task);
    }
}
