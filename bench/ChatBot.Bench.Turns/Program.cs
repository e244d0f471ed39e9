using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bench.Turns;
using ChatBot.Bot;
using ChatBot.Bot.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

// Turn latency through the real HTTP endpoint: POST /api/messages → reply (and a typing indicator if the reply takes
// longer than Bot:Turns:TypingDelay) to a local stand-in connector,
// with the state loaded from and stored to SQLite every turn. One conversation, turns one after another.
//   dotnet run -c Release --project bench/ChatBot.Bench.Turns -- [--model models/default.chatbot] [--turns 200]
//       [--warmup 20] [--threads 1] [--max-reply 200] [--untrained]
// --untrained (or a missing model file) benchmarks an untrained model of the trainer's default shape instead.

return await BenchArguments.InvokeAsync(BenchArguments.Command(RunAsync), args);

static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
{
    const string message = "Hello! What do you like to do on a quiet, rainy weekend then";
    if (message.Length != 60)
    {
        throw new InvalidOperationException($"The benchmark message must be 60 characters, not {message.Length}.");
    }

    var work = Directory.CreateTempSubdirectory("chatbot-bench-");
    try
    {
        await using var connector = await ConnectorSink.StartAsync();
        var results = new List<(string Name, TurnStatistics Statistics, double ReplyLength)>();

        var echoPath = Path.Combine(work.FullName, "echo.model");
        await File.WriteAllTextAsync(echoPath, "echo");
        var (echoStatistics, echoReplyLength) = await MeasureAsync(echoPath, new EchoModelLoader(), Path.Combine(work.FullName, "echo-data"));
        results.Add(("echo model", echoStatistics, echoReplyLength));

        var modelPath = Path.GetFullPath(arguments.ModelPath);
        var modelName = $"{arguments.ModelPath} (greedy)";
        if (arguments.Untrained || !File.Exists(modelPath))
        {
            if (!arguments.Untrained)
            {
                Console.WriteLine($"{modelPath} does not exist; measuring an untrained model of the default shape instead.");
            }
            modelPath = Path.Combine(work.FullName, "untrained.chatbot");
            UntrainedModel.Write(modelPath);
            modelName = $"{UntrainedModel.Description} (greedy)";
        }
        var (modelStatistics, modelReplyLength) = await MeasureAsync(modelPath, null, Path.Combine(work.FullName, "model-data"));
        results.Add((modelName, modelStatistics, modelReplyLength));

        Console.WriteLine();
        Console.WriteLine($"Turn latency through POST /api/messages, 60-character message, {arguments.Turns} turns after {arguments.Warmup} warm-up, " +
                          $"torch threads {arguments.Threads}, max reply {arguments.MaxReply} characters, {Environment.ProcessorCount} cores:");
        Console.WriteLine($"{"model",-56} {"p50 ms",8} {"p95 ms",8} {"mean ms",8} {"max ms",8} {"turns/s",8} {"reply ch",9}");
        foreach (var (name, statistics, replyLength) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-56} {statistics.P50,8:0.0} {statistics.P95,8:0.0} {statistics.Mean,8:0.0} {statistics.Max,8:0.0} {statistics.PerSecond,8:0.0} {replyLength,9:0.0}"));
        }
        return 0;

        async Task<(TurnStatistics Statistics, double MeanReplyLength)> MeasureAsync(string path, IModelLoader? loader, string dataDirectory)
        {
            var app = BotApplication.Build(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"], ContentRootPath = work.FullName }, builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Bot:Model:Path"] = path,
                    ["Bot:Model:Threads"] = arguments.Threads.ToString(CultureInfo.InvariantCulture),
                    ["Bot:Model:ReloadOnChange"] = "false",
                    ["Bot:Decoding:Strategy"] = "Greedy",
                    ["Bot:Decoding:MaxReplyLength"] = arguments.MaxReply.ToString(CultureInfo.InvariantCulture),
                    ["Bot:Inference:Timeout"] = "00:01:00",
                    // One conversation is driven far faster than a person types; the per-conversation limit would refuse it.
                    ["Bot:RateLimit:Enabled"] = "false",
                    ["Bot:StateStore:DataDirectory"] = dataDirectory,
                });
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                if (loader is not null)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton(loader));
                }
            });
            await using (app)
            {
                await app.StartAsync();
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };
                var sentBefore = connector.Messages;
                var charactersBefore = connector.ReplyCharacters;
                var latencies = new List<double>();
                var total = Stopwatch.StartNew();
                for (var turn = 0; turn < arguments.Warmup + arguments.Turns; turn++)
                {
                    if (turn == arguments.Warmup)
                    {
                        total.Restart();
                    }
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.PostAsync("/api/messages", new StringContent(Activity(turn), Encoding.UTF8, "application/json"));
                    response.EnsureSuccessStatusCode();
                    if (turn >= arguments.Warmup)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
                var elapsed = total.Elapsed;
                if (connector.Messages - sentBefore != arguments.Warmup + arguments.Turns)
                {
                    throw new InvalidOperationException($"Expected one reply per turn, the connector got {connector.Messages - sentBefore}.");
                }
                await app.StopAsync();
                var meanReplyLength = (connector.ReplyCharacters - charactersBefore) / (double)(connector.Messages - sentBefore);
                return (TurnStatistics.From(latencies, elapsed), meanReplyLength);
            }
        }

        string Activity(int turn) => new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"bench-{turn}",
            ["channelId"] = "emulator",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "bench-user" },
            ["recipient"] = new JsonObject { ["id"] = "bench-bot" },
            ["conversation"] = new JsonObject { ["id"] = "bench-conversation" },
            ["locale"] = "en-US",
            ["text"] = message,
        }.ToJsonString();
    }
    finally
    {
        work.Delete(recursive: true);
    }
}
