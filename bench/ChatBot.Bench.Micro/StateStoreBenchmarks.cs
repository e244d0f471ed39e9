using BenchmarkDotNet.Attributes;
using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.State.Redis;
using ChatBot.Bot.State.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bench.Micro;

/// <summary>
/// Reading and conditionally writing one conversation's record (a shipped-shape state, 4 KiB) in the state stores,
/// as a turn does: get, then write with the version read. SQLite in a temporary folder; Redis is a redis-server this
/// benchmark starts on 127.0.0.1 and a free port and stops by PID.
/// </summary>
[Config(typeof(InProcessConfig))]
public class StateStoreBenchmarks
{
    private static readonly ConversationKey Key = new("msteams", "a:1bcD3fGh_benchmark-conversation");

    private DirectoryInfo _folder = null!;
    private RedisProcess? _redis;
    private RedisConnection? _redisConnection;
    private IConversationStateStore _store = null!;
    private ConversationRecord _record = null!;
    private long _version;

    [Params("SQLite", "Redis")]
    public string Store { get; set; } = "SQLite";

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Directory.CreateTempSubdirectory("chatbot-store-bench-");
        _store = Store switch
        {
            "SQLite" => new SqliteConversationStateStore(
                Options.Create(new StateStoreOptions { DataDirectory = _folder.FullName }),
                new HostingEnvironment { ContentRootPath = _folder.FullName },
                NullLogger<SqliteConversationStateStore>.Instance),
            "Redis" => RedisStore(),
            _ => throw new ArgumentException($"Unknown store {Store}."),
        };
        var state = new byte[4 + 1 + 1 + 16 + 2 + 4 + 2 * 2 * 256 * 4 + 8];
        new Random(1).NextBytes(state);
        _record = new ConversationRecord(state, "0123456789abcdef", 1, DateTimeOffset.UnixEpoch);
        await _store.TryWriteAsync(Key, _record, 0, CancellationToken.None);
        _version = 1;
    }

    private RedisConversationStateStore RedisStore()
    {
        _redis = RedisProcess.Start();
        var options = Options.Create(new RedisStoreOptions { Configuration = _redis.Configuration });
        _redisConnection = new RedisConnection(options, NullLogger<RedisConnection>.Instance);
        return new RedisConversationStateStore(_redisConnection, Options.Create(new StateStoreOptions()), options);
    }

    [Benchmark(Description = "get")]
    public Task<StoredConversation?> Get() => _store.GetAsync(Key, CancellationToken.None);

    [Benchmark(Description = "conditional put")]
    public async Task<bool> Put()
    {
        var written = await _store.TryWriteAsync(Key, _record with { TurnCount = _version + 1 }, _version, CancellationToken.None);
        _version++;
        return written;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_redisConnection is not null)
        {
            await _redisConnection.DisposeAsync();
        }
        _redis?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
