using ChatBot.Bot.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.State.Redis;

/// <summary>
/// Conversation states in Redis, shared by every bot replica. One hash per conversation (state, model fingerprint,
/// turn count, update time, version). Writes are a Lua script, so compare-and-set on the version and the write itself
/// are one atomic step: a replica that held the conversation's lock too long (it expired) cannot overwrite a newer
/// state. Idle states expire through Redis's own key expiry, renewed with every write.
/// </summary>
public sealed class RedisConversationStateStore : IConversationStateStore
{
    private const string StateField = "state";
    private const string ModelField = "model";
    private const string TurnsField = "turns";
    private const string UpdatedField = "updated";
    private const string VersionField = "version";
    private static readonly RedisValue[] Fields = [StateField, ModelField, TurnsField, UpdatedField, VersionField];
    // About the size of a conversation's state, so a probe needs memory as a turn's write does.
    private static readonly RedisValue ProbeValue = new byte[16 * 1024];

    // ARGV: expected version (0: nothing stored), state, model, turns, updated (Unix ms), new version, time to live (ms).
    private const string CompareAndSetScript = """
        local current = redis.call('HGET', KEYS[1], 'version')
        if (current == false and ARGV[1] == '0') or current == ARGV[1] then
          redis.call('HSET', KEYS[1], 'state', ARGV[2], 'model', ARGV[3], 'turns', ARGV[4], 'updated', ARGV[5], 'version', ARGV[6])
          redis.call('PEXPIRE', KEYS[1], ARGV[7])
          return 1
        end
        return 0
        """;

    // ARGV: cutoff (Unix ms). Checked and deleted in one step, so a state written meanwhile survives.
    private const string DeleteIfIdleScript = """
        local updated = redis.call('HGET', KEYS[1], 'updated')
        if updated and tonumber(updated) < tonumber(ARGV[1]) then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private readonly RedisConnection _connection;
    private readonly IOptions<StateStoreOptions> _storeOptions;
    // Options are read on first use, not in the constructor: start-up validation reports every bad setting at once.
    private readonly Lazy<RedisKeys> _keys;

    public RedisConversationStateStore(RedisConnection connection, IOptions<StateStoreOptions> storeOptions, IOptions<RedisStoreOptions> redisOptions)
    {
        _connection = connection;
        _storeOptions = storeOptions;
        _keys = new Lazy<RedisKeys>(() => new RedisKeys(redisOptions.Value.KeyPrefix));
    }

    /// <summary>The servers, never the password (<see cref="RedisConnection.Endpoints"/>).</summary>
    public string Location => $"Redis at {_connection.Endpoints}";

    private RedisKeys Keys => _keys.Value;

    public Task<StoredConversation?> GetAsync(ConversationKey key, CancellationToken cancellationToken) =>
        RunAsync(async database =>
        {
            var values = await database.HashGetAsync(Keys.State(key), Fields);
            if (values[4].IsNull)
            {
                return null;
            }
            // A hash damaged by hand reads as an empty state of no model: the conversation then starts afresh.
            var record = new ConversationRecord(
                values[0].IsNull ? [] : (byte[])values[0]!,
                values[1].IsNull ? "" : values[1].ToString(),
                (long?)values[2] ?? 0,
                DateTimeOffset.FromUnixTimeMilliseconds((long?)values[3] ?? 0));
            return new StoredConversation(record, (long)values[4]);
        }, cancellationToken);

    public Task<bool> TryWriteAsync(ConversationKey key, ConversationRecord record, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return RunAsync(async database =>
        {
            var written = await database.ScriptEvaluateAsync(CompareAndSetScript, [Keys.State(key)],
            [
                expectedVersion,
                record.State,
                record.ModelFingerprint,
                record.TurnCount,
                record.UpdatedAt.ToUnixTimeMilliseconds(),
                expectedVersion + 1,
                (long)_storeOptions.Value.IdleExpiry.TotalMilliseconds,
            ]);
            return (long)written == 1;
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) =>
        RunAsync(database => database.KeyDeleteAsync(Keys.State(key)), cancellationToken);

    /// <remarks>
    /// Redis already drops states idle for Bot:StateStore:IdleExpiry; this sweep also catches states written before
    /// that setting was shortened. It walks the keys with SCAN, which does not block Redis.
    /// </remarks>
    public async Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var multiplexer = await _connection.GetMultiplexerAsync(cancellationToken);
        var database = multiplexer.GetDatabase();
        var deleted = 0;
        try
        {
            // Fails while Redis is unreachable, rather than finding no server to sweep and reporting nothing.
            await database.PingAsync();
            foreach (var server in multiplexer.GetServers().Where(server => server.IsConnected && !server.IsReplica))
            {
                await foreach (var key in server.KeysAsync(database.Database, Keys.StatePattern, pageSize: 250).WithCancellation(cancellationToken))
                {
                    var result = await database.ScriptEvaluateAsync(DeleteIfIdleScript, [key], [cutoff.ToUnixTimeMilliseconds()]);
                    deleted += (int)(long)result;
                }
            }
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            throw _connection.Unavailable(exception);
        }
        return deleted;
    }

    /// <summary>
    /// Writes a probe key and deletes it again, so a Redis that answers but refuses writes (a read-only replica, out of
    /// memory under noeviction) is not reported ready. Each caller gets its own key, so replicas never collide.
    /// </summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        RunAsync(async database =>
        {
            var probe = Keys.Probe(Guid.NewGuid());
            await database.StringSetAsync(probe, ProbeValue, TimeSpan.FromMinutes(1));
            return await database.KeyDeleteAsync(probe);
        }, cancellationToken);

    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken)
    {
        var database = await _connection.GetDatabaseAsync(cancellationToken);
        try
        {
            // Redis commands cannot be cancelled; the caller stops waiting (the command's own timeout still applies).
            return await operation(database).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            throw _connection.Unavailable(exception);
        }
    }
}
