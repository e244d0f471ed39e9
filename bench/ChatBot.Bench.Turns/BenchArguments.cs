using System.CommandLine;

namespace ChatBot.Bench.Turns;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchArguments(string ModelPath, int Turns, int Warmup, int Threads, int MaxReply, bool Untrained)
{
    /// <summary>The command that parses the arguments (errors and --help included) and hands them to <paramref name="run"/>.</summary>
    public static RootCommand Command(Func<BenchArguments, CancellationToken, Task<int>> run)
    {
        var model = new Option<string>("--model") { Description = "Model file.", DefaultValueFactory = _ => "models/default.chatbot" };
        var turns = PositiveOption("--turns", "Measured turns.", 200);
        var warmup = PositiveOption("--warmup", "Unmeasured turns first.", 20);
        var threads = PositiveOption("--threads", "Torch threads of the bot (Bot:Model:Threads).", 1);
        var maxReply = PositiveOption("--max-reply", "Bot:Decoding:MaxReplyLength.", 200);
        var untrained = new Option<bool>("--untrained") { Description = "An untrained model of the trainer's default shape instead of the model file." };
        var command = new RootCommand("Turn latency of one conversation through POST /api/messages, echo model and LSTM model.")
        {
            model, turns, warmup, threads, maxReply, untrained,
        };
        command.SetAction((parse, cancellationToken) => run(
            new BenchArguments(parse.GetValue(model)!, parse.GetValue(turns), parse.GetValue(warmup), parse.GetValue(threads), parse.GetValue(maxReply), parse.GetValue(untrained)),
            cancellationToken));
        return command;
    }

    /// <summary>Runs <paramref name="command"/> on <paramref name="args"/>; a command line it does not understand gets its errors and exit code 2.</summary>
    public static async Task<int> InvokeAsync(RootCommand command, string[] args)
    {
        var parse = command.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            await Console.Error.WriteLineAsync("--help lists the options.");
            return 2;
        }
        return await parse.InvokeAsync();
    }

    /// <summary>An option for a count that must be at least 1.</summary>
    public static Option<int> PositiveOption(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{name} must be at least 1.");
            }
        });
        return option;
    }
}
