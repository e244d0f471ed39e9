using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests.State;

/// <summary>
/// The Redis store against a real redis-server: the store contract, plus expiry through Redis's own key expiry, keys
/// that never mix conversations or leave the bot's prefix, and failing as unavailable when Redis is down or refuses writes.
/// </summary>
[RequiresRedis]
public sealed class RedisConversationStateStoreTests : ConversationStateStoreContract, IAsyncLifetime
{
    private readonly List<RedisStores> _created = [];
    private RedisServer? _redis;
    private RedisStores? _stores;

    private IConversationStateStore Store => _stores!.Store;

    public async Task InitializeAsync()
    {
        if (RedisServer.SkipReason is null)
        {
            _redis = await RedisServer.StartAsync();
            _stores = NewStores();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var stores in _created)
        {
            await stores.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [RedisFact]
    public void Ids_containing_the_key_separator_get_different_keys()
    {
        var first = new ConversationKey("a:b", "c");
        var second = new ConversationKey("a", "b:c");

        Assert.NotEqual(_stores!.Keys.State(first), _stores.Keys.State(second));
    }

    [RedisFact]
    public async Task A_written_state_expires_after_the_idle_expiry_unless_written_again()
    {
        await Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        using var redis = await _redis!.ConnectAsync();
        var timeToLive = await redis.GetDatabase().KeyTimeToLiveAsync(_stores!.Keys.State(Key));

        Assert.NotNull(timeToLive);
        Assert.InRange(timeToLive.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
    }

    [RedisFact]
    public async Task Sweeping_leaves_keys_outside_the_bots_prefix_alone()
    {
        using var redis = await _redis!.ConnectAsync();
        await redis.GetDatabase().StringSetAsync("someone-else:state:1", "theirs");

        await Store.DeleteIdleAsync(Noon.AddYears(10), CancellationToken.None);

        Assert.Equal("theirs", (string?)await redis.GetDatabase().StringGetAsync("someone-else:state:1"));
    }

    [RedisFact]
    public async Task A_record_damaged_by_hand_reads_as_an_empty_state_of_no_model()
    {
        using var redis = await _redis!.ConnectAsync();
        await redis.GetDatabase().HashSetAsync(_stores!.Keys.State(Key), "version", 3);

        var stored = await Store.GetAsync(Key, CancellationToken.None);

        Assert.Equal(3, stored!.Version);
        Assert.Empty(stored.Record.State);
        Assert.Equal("", stored.Record.ModelFingerprint);
    }

    [RedisFact]
    public async Task When_Redis_is_down_every_call_fails_as_unavailable_naming_the_server_but_not_the_conversation()
    {
        await Store.PingAsync(CancellationToken.None);
        await _redis!.StopAsync();

        var failure = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => Store.GetAsync(Key, CancellationToken.None));
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None));
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => Store.PingAsync(CancellationToken.None));

        Assert.Contains(_redis.Configuration, failure.Message);
        Assert.DoesNotContain("conv-1", failure.Message);
    }

    [RedisFact]
    public async Task Ping_fails_as_unavailable_when_Redis_answers_but_refuses_writes()
    {
        await using var admin = await _redis!.ConnectAsync();
        // Out of memory under the default noeviction policy: reads and PING still work, every write is refused.
        await admin.GetDatabase().ExecuteAsync("CONFIG", "SET", "maxmemory", "1");

        var failure = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => Store.PingAsync(CancellationToken.None));

        Assert.Contains("OOM", failure.Message);
    }

    [RedisFact]
    public async Task Ping_writes_a_probe_and_deletes_it()
    {
        await using var admin = await _redis!.ConnectAsync();
        var database = admin.GetDatabase();

        await Store.PingAsync(CancellationToken.None);

        var commands = (await database.ExecuteAsync("INFO", "commandstats")).ToString();
        // The client picks the command: SET or SETEX, DEL or UNLINK.
        Assert.Matches("cmdstat_(set|setex|psetex):", commands);
        Assert.Matches("cmdstat_(del|unlink):", commands);
        Assert.Equal(0, (long)await database.ExecuteAsync("DBSIZE"));
    }

    /// <summary>Each with its own connection, as another replica's store would have.</summary>
    protected override IConversationStateStore CreateStore() => NewStores().Store;

    private RedisStores NewStores()
    {
        var stores = new RedisStores(_redis!, new StateStoreOptions { IdleExpiry = TimeSpan.FromDays(30) });
        _created.Add(stores);
        return stores;
    }
}
