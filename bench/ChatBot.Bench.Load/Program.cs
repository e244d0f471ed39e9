using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bench.Load;
using ChatBot.Bench.Turns;
using ChatBot.Bot;
using ChatBot.Bot.Inference;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Models;
using ChatBot.Model;
using ChatBot.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

// End-to-end load: the bot on 127.0.0.1 (real Kestrel, SQLite, Bot Framework adapter), driven by N concurrent
// conversations that each post a message, wait for the reply at this program's own connector endpoint, and post the
// next. Bounded in turns and time. See docs/performance.md.
const string message = "Hello! What do you like to do on a quiet, rainy weekend then";

var modelOption = new Option<string>("--model") { Description = "Model file.", DefaultValueFactory = _ => "models/default.chatbot" };
var levelsOption = new Option<string>("--levels") { Description = "Concurrent conversations per level, comma-separated.", DefaultValueFactory = _ => "1,8,32" };
var turnsOption = new Option<int>("--turns") { Description = "Measured turns per level (split over the conversations, at least 3 each).", DefaultValueFactory = _ => 96 };
var timeLimitOption = new Option<int>("--time-limit") { Description = "Seconds per level; conversations start no new turn after it.", DefaultValueFactory = _ => 120 };
var threadsOption = new Option<int>("--threads") { Description = "Torch threads of the bot (Bot:Model:Threads).", DefaultValueFactory = _ => 1 };
var maxReplyOption = new Option<int>("--max-reply") { Description = "Bot:Decoding:MaxReplyLength.", DefaultValueFactory = _ => 200 };
var warmupOption = new Option<int>("--warmup") { Description = "Unmeasured turns per level first (split over the conversations, at least 1 each): JIT tiering settles, connections open.", DefaultValueFactory = _ => 2000 };
var variantsOption = new Option<string>("--variants") { Description = "echo, batched (the model, continuous batching), unbatched (the model, one thread per turn).", DefaultValueFactory = _ => "echo,batched,unbatched" };
var root = new RootCommand("Turn latency and throughput of the bot at several numbers of concurrent conversations.")
{
    modelOption, levelsOption, turnsOption, timeLimitOption, threadsOption, maxReplyOption, warmupOption, variantsOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var levels = parse.GetValue(levelsOption)!.Split(',').Select(level => int.Parse(level, CultureInfo.InvariantCulture)).ToArray();
    var variants = parse.GetValue(variantsOption)!.Split(',');
    var warmup = parse.GetValue(warmupOption);
    if (levels.Any(level => level is < 1 or > 256) || variants.Any(v => v is not ("echo" or "batched" or "unbatched")) || warmup is < 0 or > 100_000)
    {
        Console.Error.WriteLine("--levels takes 1..256 each; --variants takes echo, batched, unbatched; --warmup takes 0..100000.");
        return 2;
    }
    var modelPath = Path.GetFullPath(parse.GetValue(modelOption)!);
    if (!File.Exists(modelPath))
    {
        Console.Error.WriteLine($"{modelPath}: no such model file (train one or pass --model).");
        return 2;
    }
    return await RunAsync(modelPath, levels, variants, parse.GetValue(turnsOption), TimeSpan.FromSeconds(parse.GetValue(timeLimitOption)),
        parse.GetValue(threadsOption), parse.GetValue(maxReplyOption), warmup, cancellationToken);
});
return await root.Parse(args).InvokeAsync();

static async Task<int> RunAsync(string modelPath, int[] levels, string[] variants, int turns, TimeSpan timeLimit, int threads, int maxReply, int warmup, CancellationToken cancellationToken)
{
    var work = Directory.CreateTempSubdirectory("chatbot-load-");
    var loadBefore = LoadAverage();
    var rows = new List<(string Variant, LoadStatistics Statistics, int Peak)>();
    try
    {
        await using var sink = await ReplySink.StartAsync();
        foreach (var variant in variants)
        {
            var app = BotApplication.Build(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"], ContentRootPath = work.FullName }, builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Bot:Model:Path"] = variant == "echo" ? Path.Combine(work.FullName, "echo.model") : modelPath,
                    ["Bot:Model:Threads"] = threads.ToString(CultureInfo.InvariantCulture),
                    ["Bot:Model:ReloadOnChange"] = "false",
                    ["Bot:Decoding:Strategy"] = "Greedy",
                    ["Bot:Decoding:MaxReplyLength"] = maxReply.ToString(CultureInfo.InvariantCulture),
                    ["Bot:Inference:Timeout"] = "00:02:00",
                    ["Bot:Inference:Batching"] = variant == "batched" ? "true" : "false",
                    // The load is many turns per conversation on purpose; the per-conversation limit is not what is measured.
                    ["Bot:RateLimit:Enabled"] = "false",
                    ["Bot:StateStore:DataDirectory"] = Path.Combine(work.FullName, variant + "-data"),
                });
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                if (variant == "echo")
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton<IModelLoader>(new EchoModelLoader()));
                }
            });
            if (variant == "echo")
            {
                await File.WriteAllTextAsync(Path.Combine(work.FullName, "echo.model"), "echo", cancellationToken);
            }
            await using (app)
            {
                await app.StartAsync(cancellationToken);
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(3) };
                foreach (var level in levels)
                {
                    var statistics = await MeasureLevelAsync(client, sink, $"{variant}-{level}", level, WarmupPerConversation(warmup, level), Math.Max(3, (turns + level - 1) / level), timeLimit, cancellationToken);
                    var peak = app.Services.GetRequiredService<InferenceScheduler>().Batches?.PeakConversations ?? 0;
                    rows.Add((variant, statistics, peak));
                    Console.WriteLine(Row(variant, statistics, peak));
                }
                await app.StopAsync(cancellationToken);
            }
        }

        // The bare loop, same model and shapes, in the same process and run.
        TorchRuntime.Configure(threads);
        using var model = ChatModel.Load(modelPath);
        using var bare = new BareDecodeLoop(model);
        var modelRows = rows.Where(row => row.Variant != "echo").ToList();
        var steps = (int)Math.Round(modelRows.Count > 0 ? modelRows.Average(row => row.Statistics.MeanReplyLength) : 50) + 1;
        var bareRates = new Dictionary<int, (double DecodeOnly, double WithEncoder)>();
        foreach (var batch in levels.Append(1).Distinct().Order())
        {
            var (encodeMs, decodeMs) = bare.Measure(message, batch, steps, repeats: 7);
            bareRates[batch] = (batch * (steps - 1) / (decodeMs / 1000), batch * (steps - 1) / ((encodeMs + decodeMs) / 1000));
        }

        var engineRates = levels.Append(1).Distinct().Order().ToDictionary(batch => batch, batch => EngineCharactersPerSecond(model, batch, maxReply, repeats: 7));
        var schedulerRows = levels.Append(1).Distinct().Order()
            .Select(level => SchedulerLoad.Measure(model, message, level, WarmupPerConversation(warmup, level), Math.Max(3, (turns + level - 1) / level), maxReply, timeLimit, BotTexts.English.Fallback))
            .ToList();

        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, torch threads {threads}; load average before {loadBefore}, after {LoadAverage()}");
        Console.WriteLine($"Model: {modelPath}; message {message.Length} characters; greedy, max reply {maxReply}; {warmup} unmeasured and {turns} measured turns per level (at least 1 and 3 per conversation), time limit {timeLimit.TotalSeconds:0} s per level");
        Console.WriteLine();
        Console.WriteLine("| variant | conversations | turns | p50 ms | p95 ms | p99 ms | max ms | turns/s | reply chars/s | mean reply | fallbacks | CPU ms per turn | largest batch |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (variant, statistics, peak) in rows)
        {
            Console.WriteLine(Row(variant, statistics, peak));
        }
        Console.WriteLine();
        Console.WriteLine($"Bare TorchSharp loop (nn.LSTM encode of the message, then LSTMCell steps with argmax), {steps - 1} characters per reply:");
        foreach (var (batch, (decodeOnly, withEncoder)) in bareRates)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  batch {batch,3}: {decodeOnly,9:0} chars/s decoding only, {withEncoder,9:0} chars/s with the encoder"));
        }
        Console.WriteLine("The batch decoder alone (no HTTP, no state store), that many conversations starting together on the same message:");
        foreach (var (batch, rate) in engineRates)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  batch {batch,3}: {rate,9:0} chars/s ({100 * rate / bareRates[batch].WithEncoder:0}% of the bare loop with the encoder)"));
        }
        Console.WriteLine();
        Console.WriteLine($"The inference scheduler alone ({Environment.ProcessorCount} batch threads, no HTTP, no state store; each conversation continues from its last reply's state):");
        Console.WriteLine("| variant | conversations | turns | p50 ms | p95 ms | p99 ms | max ms | turns/s | reply chars/s | mean reply | fallbacks | CPU ms per turn | largest batch |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var statistics in schedulerRows)
        {
            Console.WriteLine(Row("scheduler", statistics, 0));
        }
        var schedulerSingle = schedulerRows[0];
        foreach (var statistics in schedulerRows.Skip(1))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scheduler, {statistics.Conversations} vs 1 conversations: reply chars/s ×{statistics.ReplyCharactersPerSecond / schedulerSingle.ReplyCharactersPerSecond:0.00}; " +
                $"p95 ×{statistics.P95 / schedulerSingle.P95:0.00}; vs bare batch-{statistics.Conversations} loop: {100 * statistics.ReplyCharactersPerSecond / bareRates[statistics.Conversations].DecodeOnly:0}% of decoding only, " +
                $"{100 * statistics.ReplyCharactersPerSecond / bareRates[statistics.Conversations].WithEncoder:0}% with the encoder"));
        }
        foreach (var variant in new[] { "batched", "unbatched" })
        {
            var single = rows.FirstOrDefault(row => row.Variant == variant && row.Statistics.Conversations == 1).Statistics;
            if (single is null)
            {
                continue;
            }
            foreach (var (_, statistics, _) in rows.Where(row => row.Variant == variant && row.Statistics.Conversations > 1))
            {
                var n = statistics.Conversations;
                var bareN = bareRates[n];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{variant}, {n} vs 1 conversations: reply chars/s ×{statistics.ReplyCharactersPerSecond / single.ReplyCharactersPerSecond:0.00}; " +
                    $"p95 ×{statistics.P95 / single.P95:0.00}; vs bare batch-{n} loop: {100 * statistics.ReplyCharactersPerSecond / bareN.DecodeOnly:0}% of decoding only, " +
                    $"{100 * statistics.ReplyCharactersPerSecond / bareN.WithEncoder:0}% with the encoder"));
            }
        }
        return 0;
    }
    finally
    {
        work.Delete(recursive: true);
    }
}

static double EngineCharactersPerSecond(ChatModel model, int conversations, int maxReply, int repeats)
{
    var rates = new List<double>();
    for (var repeat = -2; repeat < repeats; repeat++)
    {
        var clock = Stopwatch.StartNew();
        using var decoder = model.CreateBatchDecoder();
        var streams = Enumerable.Range(0, conversations)
            .Select(_ => decoder.Join(null, message, ChatBot.Model.Decoding.DecodingOptions.Greedy with { MaxReplyLength = maxReply }))
            .ToList();
        while (decoder.HasWork)
        {
            decoder.Step();
        }
        var characters = streams.Sum(stream => stream.Completion.Result.Text.Length);
        if (repeat >= 0)
        {
            rates.Add(characters / clock.Elapsed.TotalSeconds);
        }
    }
    return rates.Order().ElementAt(rates.Count / 2);
}

static int WarmupPerConversation(int warmup, int conversations) => Math.Max(1, (warmup + conversations - 1) / conversations);

static async Task<LoadStatistics> MeasureLevelAsync(HttpClient client, ReplySink sink, string prefix, int conversations, int warmup, int turnsPerConversation, TimeSpan timeLimit, CancellationToken cancellationToken)
{
    // Unmeasured turns first (at least one per conversation): the JIT's tiering of the whole bot (ASP.NET, the Bot
    // Framework, Newtonsoft: a few thousand turns until the hot paths are recompiled optimised), connections, and a
    // stored state to continue from.
    await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
    {
        for (var turn = 0; turn < warmup; turn++)
        {
            await TurnAsync(client, sink, $"{prefix}-c{c}", $"warmup{turn}", cancellationToken);
        }
    }));
    var latencies = new List<double>();
    var replies = new List<string>();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
    {
        for (var turn = 0; turn < turnsPerConversation && clock.Elapsed < timeLimit; turn++)
        {
            var (latency, reply) = await TurnAsync(client, sink, $"{prefix}-c{c}", $"t{turn}", cancellationToken);
            lock (latencies)
            {
                latencies.Add(latency);
                replies.Add(reply);
            }
        }
    }));
    var elapsed = clock.Elapsed;
    return LoadStatistics.From(conversations, latencies, replies, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, BotTexts.English.Fallback);
}

static async Task<(double LatencyMs, string Reply)> TurnAsync(HttpClient client, ReplySink sink, string conversation, string turn, CancellationToken cancellationToken)
{
    var activityId = $"{conversation}-{turn}";
    var arrival = sink.Expect(activityId);
    var activity = new JsonObject
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["channelId"] = "emulator",
        ["serviceUrl"] = sink.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "load-user" },
        ["recipient"] = new JsonObject { ["id"] = "load-bot" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["locale"] = "en-US",
        ["text"] = message,
    }.ToJsonString();
    var started = Stopwatch.GetTimestamp();
    using (var response = await client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"), cancellationToken))
    {
        response.EnsureSuccessStatusCode();
    }
    var reply = await arrival.WaitAsync(TimeSpan.FromMinutes(3), cancellationToken);
    return (Stopwatch.GetElapsedTime(started, reply.Timestamp).TotalMilliseconds, reply.Text);
}

static string Row(string variant, LoadStatistics s, int peak) => string.Create(CultureInfo.InvariantCulture,
    $"| {variant} | {s.Conversations} | {s.Turns} | {s.P50:0.0} | {s.P95:0.0} | {s.P99:0.0} | {s.Max:0.0} | {s.TurnsPerSecond:0.0} | {s.ReplyCharactersPerSecond:0} | {s.MeanReplyLength:0.0} | {s.Fallbacks} | {s.CpuMsPerTurn:0.00} | {(variant == "batched" ? peak.ToString(CultureInfo.InvariantCulture) : "–")} |");

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";
