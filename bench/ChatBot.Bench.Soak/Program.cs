using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bench.Soak;
using ChatBot.Bench.Turns;
using ChatBot.Bot.Localization;

// Soak: N turns over many conversations through POST /api/messages of a bot process (SQLite store), reporting that
// process's resident memory every --report-every turns. After --warmup turns the resident set must stay flat: growth
// from the first report after warm-up to the last must stay under --max-growth percent (exit code 1 otherwise).
// Leaked TorchSharp tensors, per-conversation caches that never shrink and similar leaks show up here.
//   dotnet run -c Release --project bench/ChatBot.Bench.Soak -- [--turns 20000] [--untrained] ...   (--help lists the options)

return await BenchArguments.InvokeAsync(SoakArguments.Command(RunAsync), args);

static async Task<int> RunAsync(SoakArguments arguments, CancellationToken cancellationToken)
{
    string[] lines =
    [
        "Hello! How are you today?", "What do you like to do on weekends?", "Tell me something about the weather.",
        "Olá, tudo bem com você?", "Where did you grow up?", "That sounds nice. Why?", "Obrigado pela conversa!",
        "Do you like music or books more?",
    ];

    var work = Directory.CreateTempSubdirectory("chatbot-soak-");
    try
    {
        var modelPath = Path.GetFullPath(arguments.ModelPath);
        var modelName = arguments.ModelPath;
        if (arguments.Untrained || !File.Exists(modelPath))
        {
            if (!arguments.Untrained)
            {
                Console.WriteLine($"{modelPath} does not exist; using an untrained model of the default shape instead.");
            }
            modelPath = Path.Combine(work.FullName, "untrained.chatbot");
            UntrainedModel.Write(modelPath);
            modelName = UntrainedModel.Description;
        }

        await using var sink = await ReplySink.StartAsync(BotTexts.English.Fallback);
        var settings = new Dictionary<string, string>
        {
            ["Bot:Model:Path"] = modelPath,
            ["Bot:Model:Threads"] = "1",
            ["Bot:Model:ReloadOnChange"] = "false",
            ["Bot:Decoding:Strategy"] = "Greedy",
            ["Bot:Decoding:MaxReplyLength"] = arguments.MaxReply.ToString(CultureInfo.InvariantCulture),
            ["Bot:Inference:Timeout"] = "00:01:00",
            ["Bot:RateLimit:Enabled"] = "false",
            ["Bot:StateStore:DataDirectory"] = Path.Combine(work.FullName, "data"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var bot = await BotServerProcess.StartAsync(work.FullName, settings, TimeSpan.FromMinutes(3));
        using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

        Console.WriteLine($"Soak: {arguments.Turns} turns over {arguments.Conversations} conversations, {arguments.Concurrency} at a time, " +
                          $"model {modelName}, max reply {arguments.MaxReply} characters, bot PID {bot.Pid}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"turns",8} {"elapsed s",10} {"turns/s",8} {"RSS MiB",9} {"vs warm-up",11} {"threads",8}");
        var report = new SoakReport(arguments, bot);
        report.Record(0, TimeSpan.Zero);

        var next = -1;
        var completed = 0;
        var clock = Stopwatch.StartNew();
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, arguments.Concurrency).Select(_ => Task.Run(async () =>
        {
            int turn;
            while ((turn = Interlocked.Increment(ref next)) < arguments.Turns)
            {
                var conversation = turn % arguments.Conversations;
                var body = Activity(sink.ServiceUrl, turn, $"soak-{conversation}", lines[turn / arguments.Conversations % lines.Length]);
                using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
                var done = Interlocked.Increment(ref completed);
                if (done % arguments.ReportEvery == 0 || done == arguments.Turns)
                {
                    report.Record(done, clock.Elapsed);
                }
            }
        })));

        Console.WriteLine();
        Console.WriteLine($"Replies {sink.Replies} of {arguments.Turns} turns ({sink.Fallbacks} fallback), {failures} failed requests, " +
                          $"{arguments.Turns / clock.Elapsed.TotalSeconds:0.0} turns/s overall.");
        var verdict = report.Verdict();
        Console.WriteLine(verdict.Message);
        return verdict.Flat && failures == 0 && sink.Replies == arguments.Turns ? 0 : 1;
    }
    finally
    {
        work.Delete(recursive: true);
    }
}

static string Activity(string serviceUrl, int turn, string conversation, string text) => new JsonObject
{
    ["type"] = "message",
    ["id"] = $"soak-{turn}",
    ["channelId"] = "emulator",
    ["serviceUrl"] = serviceUrl,
    ["from"] = new JsonObject { ["id"] = "soak-user" },
    ["recipient"] = new JsonObject { ["id"] = "soak-bot" },
    ["conversation"] = new JsonObject { ["id"] = conversation },
    ["locale"] = "en-US",
    ["text"] = text,
}.ToJsonString();
