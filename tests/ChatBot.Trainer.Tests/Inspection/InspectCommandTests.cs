using ChatBot.Model;
using ChatBot.Model.Decoding;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using ChatBot.Trainer.Inspection;
using SkiaSharp;

namespace ChatBot.Trainer.Tests.Inspection;

/// <summary>"inspect" plays a conversation through a real (small, untrained) model with attention and draws it.</summary>
public sealed class InspectCommandTests : IDisposable
{
    internal static readonly string[] Prompts = ["My name is Ana.", "How are you?", "What is my name?"];

    private readonly TestFolder _folder = new();
    private readonly string _modelPath;

    public InspectCommandTests() => _modelPath = TinyModel(_folder);

    public void Dispose() => _folder.Dispose();

    /// <summary>A small untrained model with attention, saved in <paramref name="folder"/>.</summary>
    internal static string TinyModel(TestFolder folder)
    {
        var path = folder.File("tiny.chatbot");
        var vocabulary = Vocabulary.Build(["My name is Ana. How are you? What is my name? Olá, tudo bem! Qual é o meu nome?"], minCount: 1);
        var shape = new ModelHyperParameters(EmbeddingSize: 8, HiddenSize: 16, Layers: 2, Dropout: 0, MemoryLength: 64, AttentionSize: 8, MatchLength: 2, CaseCopy: true);
        using var model = NetworkModels.CreateUntrained(vocabulary, shape, seed: 6);
        model.Save(path);
        return path;
    }

    [Fact]
    public async Task The_conversation_is_written_as_a_page_and_a_png_and_its_replies_are_the_bots()
    {
        var run = await CliRun.InAsync(_folder, ["inspect", "--model", _modelPath, "--prompt", Prompts[0], "--prompt", Prompts[1], "--prompt", Prompts[2], "--out", _folder.File("talk.html")]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(File.Exists(_folder.File("talk.html")));
        using var png = SKBitmap.Decode(_folder.File("talk.png"));
        Assert.NotNull(png);
        Assert.True(png.Width > 600 && png.Height > 300, $"{png.Width}×{png.Height}");
        // The replies drawn are those the bot gives (greedy, the state carried).
        using var model = ChatModel.Load(_modelPath);
        var state = default(ChatBot.Model.Conversation.ConversationState);
        foreach (var prompt in Prompts)
        {
            var reply = model.Respond(state, prompt, DecodingOptions.Greedy);
            state = reply.State;
            Assert.Contains($"bot> {reply.Text}\n", run.Output.Replace("\r", ""));
        }
    }

    [Fact]
    public async Task The_page_is_self_contained()
    {
        var run = await CliRun.InAsync(_folder, ["inspect", "--model", _modelPath, "--prompt", "hello", "--out", _folder.File("one.html")]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var page = File.ReadAllText(_folder.File("one.html"));
        Assert.DoesNotContain("src=", page);
        Assert.DoesNotContain("href=", page);
        Assert.DoesNotContain("@import", page);
        Assert.DoesNotContain("url(", page);
    }

    [Fact]
    public async Task The_turns_can_come_from_the_input_one_per_line()
    {
        var run = await CliRun.InAsync(_folder, ["inspect", "--model", _modelPath, "--out", _folder.File("piped.html")], input: "Olá, tudo bem?\n\nQual é o meu nome?\n");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("(2 turns)", run.Output);
        // A Portuguese conversation gets the Portuguese legend.
        Assert.Contains("lang=\"pt\"", File.ReadAllText(_folder.File("piped.html")));
    }

    [Fact]
    public async Task No_conversation_is_a_usage_error()
    {
        var run = await CliRun.InAsync(_folder, ["inspect", "--model", _modelPath, "--out", _folder.File("none.html")]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--prompt", run.Error);
        Assert.False(File.Exists(_folder.File("none.html")));
    }

    [Fact]
    public async Task A_missing_model_is_reported_without_a_stack_trace()
    {
        var run = await CliRun.InAsync(_folder, ["inspect", "--model", _folder.File("absent.chatbot"), "--prompt", "hi"]);

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains("absent.chatbot", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void The_cells_shown_are_those_that_move_most()
    {
        static TracedCharacter Character(params float[] cells) => new("a", [new GateActivity(0.5f, 0.5f, 0.5f)], cells);
        // Cell 1 swings from -2 to 2, cell 2 a little, cell 0 never.
        var trace = new ConversationTrace(1, 3, [new TracedTurn([Character(0, -2, 0.1f), Character(0, 2, 0.2f)], [Character(0, 2, 0.1f)], "a")]);

        Assert.Equal([1, 2], InspectionFigure.MostMovingCells(trace, 2));
    }
}
