using System.Text;
using ChatBot.Model;
using ChatBot.Trainer.Metrics;

namespace ChatBot.Trainer.Tests.Commands;

/// <summary>"train" end to end on a tiny corpus and a tiny network (a few seconds of CPU).</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string ModelPath => _folder.File("models/tiny.chatbot");
    private string MetricsPath => _folder.File("models/tiny.chatbot.run/metrics.csv");

    [Fact]
    public async Task Training_writes_the_model_the_metrics_and_the_plot()
    {
        var run = await Train(steps: 6);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using (var model = ChatModel.Load(ModelPath))
        {
            Assert.Equal(6, model.Info.TrainingSteps);
        }
        var rows = MetricsCsvReader.Read(MetricsPath).Rows;
        Assert.Equal([1L, 2, 3, 4, 5, 6], rows.Where(row => !row.IsEvaluation).Select(row => row.Step));
        Assert.Equal([3L, 6], rows.Where(row => row.IsEvaluation).Select(row => row.Step));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(ModelPath + ".png")[..4]);
    }

    [Fact]
    public async Task An_interrupted_run_exits_130_leaves_no_model_and_says_how_to_resume()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var run = await Train(steps: 6, cancellationToken: cancelled.Token);

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
        Assert.False(File.Exists(ModelPath));
        Assert.Contains("--resume", run.Output);
        Assert.True(File.Exists(_folder.File("models/tiny.chatbot.run/checkpoint.bin")));
    }

    [Fact]
    public async Task A_resumed_run_appends_to_the_metrics_of_the_first()
    {
        var first = await Train(steps: 3);
        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);

        var resumed = await Train(steps: 5, "--resume");

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.Error);
        var trainingSteps = MetricsCsvReader.Read(MetricsPath).Rows.Where(row => !row.IsEvaluation).Select(row => row.Step);
        Assert.Equal([1L, 2, 3, 4, 5], trainingSteps);
        Assert.Single(File.ReadAllLines(MetricsPath), line => line == MetricsRow.Header);
    }

    private Task<CliRun> Train(int steps, params string[] extra) => Train(steps, CancellationToken.None, extra);

    private Task<CliRun> Train(int steps, CancellationToken cancellationToken, params string[] extra)
    {
        var corpus = _folder.File("corpus.txt");
        if (!File.Exists(corpus))
        {
            File.WriteAllText(corpus, Corpus(), new UTF8Encoding(false));
        }
        string[] args =
        [
            "train", "--corpus", corpus, "--model", ModelPath, "--steps", $"{steps}", "--hidden", "16", "--layers", "1",
            "--embedding", "8", "--batch", "2", "--bptt", "1", "--eval-every", "3", "--checkpoint-every", "3",
            "--patience", "0", "--threads", "1", "--fresh-values", "0", .. extra,
        ];
        return CliRun.InAsync(_folder, args, cancellationToken: cancellationToken);
    }

    private static string Corpus()
    {
        string[][] dialogues =
        [
            ["hi", "hello", "how are you?", "fine, thanks"],
            ["olá", "oi", "tudo bem?", "tudo ótimo"],
            ["what is your name?", "i am a bot"],
            ["bye", "see you"],
        ];
        var text = new StringBuilder();
        for (var copy = 0; copy < 10; copy++)
        {
            foreach (var dialogue in dialogues)
            {
                text.AppendJoin('\n', dialogue).Append("\n\n");
            }
        }
        return text.ToString();
    }
}
