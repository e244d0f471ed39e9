using System.CommandLine;
using ChatBot.Bench.Turns;

namespace ChatBot.Bench.Soak;

/// <summary>The soak run's command line.</summary>
public sealed record SoakArguments(
    string ModelPath,
    bool Untrained,
    int Turns,
    int Conversations,
    int Concurrency,
    int ReportEvery,
    int Warmup,
    int MaxReply,
    double MaxGrowthPercent)
{
    /// <summary>The command that parses the arguments (errors and --help included) and hands them to <paramref name="run"/>.</summary>
    public static RootCommand Command(Func<SoakArguments, CancellationToken, Task<int>> run)
    {
        var model = new Option<string>("--model") { Description = "Model file.", DefaultValueFactory = _ => "models/default.chatbot" };
        var untrained = new Option<bool>("--untrained") { Description = "An untrained model of the trainer's default shape instead of the model file." };
        var turns = BenchArguments.PositiveOption("--turns", "Turns in all.", 20_000);
        var conversations = BenchArguments.PositiveOption("--conversations", "Conversations the turns go round.", 200);
        var concurrency = BenchArguments.PositiveOption("--concurrency", "Requests in flight at once.", 4);
        var reportEvery = BenchArguments.PositiveOption("--report-every", "Turns between two memory reports.", 1000);
        var warmup = BenchArguments.PositiveOption("--warmup", "Turns before the baseline report.", 2000);
        var maxReply = BenchArguments.PositiveOption("--max-reply", "Bot:Decoding:MaxReplyLength.", 60);
        var maxGrowth = new Option<double>("--max-growth") { Description = "Largest resident-memory growth after warm-up, percent (exit code 1 above it).", DefaultValueFactory = _ => 5 };
        maxGrowth.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() <= 0)
            {
                result.AddError("--max-growth must be above 0.");
            }
        });
        var command = new RootCommand("Soak: resident memory of a bot process over many turns; fails when it keeps growing.")
        {
            model, untrained, turns, conversations, concurrency, reportEvery, warmup, maxReply, maxGrowth,
        };
        command.SetAction((parse, cancellationToken) => run(
            new SoakArguments(parse.GetValue(model)!, parse.GetValue(untrained), parse.GetValue(turns), parse.GetValue(conversations),
                parse.GetValue(concurrency), parse.GetValue(reportEvery), parse.GetValue(warmup), parse.GetValue(maxReply), parse.GetValue(maxGrowth)),
            cancellationToken));
        return command;
    }
}
