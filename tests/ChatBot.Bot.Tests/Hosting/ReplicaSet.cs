using System.Globalization;
using System.Text.Json.Nodes;
using ChatBot.Bot.Tests.Fakes;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// Several bot processes sharing one Redis server and one model file (a tiny untrained real model, greedy decoding), as
/// replicas behind a load balancer would, replying to one fake Bot Connector.
/// </summary>
public sealed class ReplicaSet : IAsyncDisposable
{
    private readonly List<BotProcess?> _replicas;
    private readonly Dictionary<string, string?> _settings;

    private ReplicaSet(TestDirectory directory, RedisServer redis, FakeBotConnector connector, Dictionary<string, string?> settings, List<BotProcess?> replicas)
    {
        Directory = directory;
        Redis = redis;
        Connector = connector;
        _settings = settings;
        _replicas = replicas;
        Stores = new RedisStores(redis);
    }

    public TestDirectory Directory { get; }
    public RedisServer Redis { get; }
    public FakeBotConnector Connector { get; }
    public RedisStores Stores { get; }

    public BotProcess this[int index] => _replicas[index] ?? throw new InvalidOperationException($"Replica {index} is not running.");

    public static async Task<ReplicaSet> StartAsync(int replicas, int modelSeed, Dictionary<string, string?>? settings = null)
    {
        var directory = new TestDirectory();
        RedisServer? redis = null;
        FakeBotConnector? connector = null;
        var started = new List<BotProcess?>();
        try
        {
            redis = await RedisServer.StartAsync();
            connector = await FakeBotConnector.StartAsync();
            var modelPath = directory.File("model.chatbot");
            UntrainedModels.Write(modelPath, modelSeed);
            var allSettings = new Dictionary<string, string?>
            {
                ["Bot:Model:Path"] = modelPath,
                ["Bot:Model:ReloadOnChange"] = "false",
                ["Bot:Inference:MaxConcurrency"] = "1",
                ["Bot:Inference:Timeout"] = "00:00:30",
                ["Bot:Decoding:MaxReplyLength"] = "40",
                ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
                ["Bot:StateStore:Provider"] = "Redis",
                ["Bot:StateStore:Redis:Configuration"] = redis.Configuration,
            };
            foreach (var (key, value) in settings ?? [])
            {
                allSettings[key] = value;
            }
            // Started one after the other: two at once on two busy cores only make both slower.
            for (var i = 0; i < replicas; i++)
            {
                started.Add(await BotProcess.StartAsync(ReplicaFolder(directory, i), allSettings));
            }
            return new ReplicaSet(directory, redis, connector, allSettings, started);
        }
        catch
        {
            foreach (var replica in started)
            {
                await replica!.DisposeAsync();
            }
            if (connector is not null)
            {
                await connector.DisposeAsync();
            }
            if (redis is not null)
            {
                await redis.DisposeAsync();
            }
            directory.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL one replica, as a crash would.</summary>
    public async Task KillAsync(int index)
    {
        var replica = this[index];
        replica.Kill();
        await replica.DisposeAsync();
        _replicas[index] = null;
    }

    /// <summary>Starts a killed replica again (a new process, on a new port).</summary>
    public async Task RestartAsync(int index)
    {
        if (_replicas[index] is not null)
        {
            throw new InvalidOperationException($"Replica {index} is still running.");
        }
        _replicas[index] = await BotProcess.StartAsync(ReplicaFolder(Directory, index), _settings);
    }

    public JsonObject Message(string conversationId, string text) => Activities.Message(Connector.ServiceUrl, conversationId, text);

    /// <summary>Sends a message through one replica and returns the one reply it sent.</summary>
    public async Task<string> AskAsync(int replica, string conversationId, string text)
    {
        var before = Connector.MessagesIn(conversationId).Count;
        await this[replica].SendAsync(Message(conversationId, text));
        return Assert.Single(Connector.TextsIn(conversationId).Skip(before));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            if (replica is not null)
            {
                await replica.DisposeAsync();
            }
        }
        await Stores.DisposeAsync();
        await Connector.DisposeAsync();
        await Redis.DisposeAsync();
        Directory.Dispose();
    }

    private static string ReplicaFolder(TestDirectory directory, int index)
    {
        var folder = directory.File(string.Create(CultureInfo.InvariantCulture, $"replica-{index}"));
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
