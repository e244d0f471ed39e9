namespace ChatBot.Trainer.Tests.Commands;

/// <summary>"plot": several runs' held-out curves in one PNG.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private const string Header = "step,elapsed_s,train_loss,chars_per_s,lr,val_bpc,val_bpc_reset,context_gain";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Metrics(string name, params string[] lines) => _folder.Write(name, string.Join('\n', [Header, .. lines]) + "\n");

    [Fact]
    public async Task Two_runs_are_drawn_into_one_png()
    {
        var first = Metrics("a.csv", "1,10,2.5,1000,0.001,,,", "100,600,,,,1.2,1.5,0.3", "200,1200,,,,0.9,1.3,0.4");
        var second = Metrics("b.csv", "100,300,,,,1.4,1.6,0.2");

        var run = await CliRun.InAsync(_folder, ["plot", "--run", $"first={first}", "--run", $"second={second}", "--out", _folder.File("both.png")]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(_folder.File("both.png"))[..4]);
    }

    [Fact]
    public async Task A_run_without_a_label_is_a_usage_error()
    {
        var run = await CliRun.InAsync(_folder, ["plot", "--run", Metrics("a.csv", "100,600,,,,1.2,1.5,0.3"), "--out", _folder.File("x.png")]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("LABEL=PATH", run.Error);
        Assert.False(File.Exists(_folder.File("x.png")));
    }

    [Fact]
    public async Task A_run_with_no_evaluation_yet_is_refused_naming_its_file()
    {
        var early = Metrics("early.csv", "1,10,2.5,1000,0.001,,,");

        var run = await CliRun.InAsync(_folder, ["plot", "--run", $"early={early}", "--out", _folder.File("x.png")]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("early.csv: no held-out evaluation", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task A_file_that_is_not_a_metrics_file_is_refused_with_its_line()
    {
        var wrong = _folder.Write("wrong.csv", "a,b,c\n1,2,3\n");

        var run = await CliRun.InAsync(_folder, ["plot", "--run", $"wrong={wrong}", "--out", _folder.File("x.png")]);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("wrong.csv:1: not a metrics file", run.Error);
    }
}
