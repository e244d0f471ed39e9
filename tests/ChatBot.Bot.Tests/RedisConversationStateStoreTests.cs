using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>The Redis store against a real redis-server: the same compare-and-set contract as SQLite, keys that never mix conversations.</summary>
public sealed class RedisConversationStateStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Key = new("msteams", "conv-1");

    private RedisServer? _redis;
    private RedisStores? _stores;

    private IConversationStateStore Store => _stores!.Store;

    public async Task InitializeAsync()
    {
        if (RedisServer.SkipReason is null)
        {
            _redis = await RedisServer.StartAsync();
            _stores = new RedisStores(_redis, new StateStoreOptions { IdleExpiry = TimeSpan.FromDays(30) });
        }
    }

    public async Task DisposeAsync()
    {
        if (_stores is not null)
        {
            await _stores.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [RedisFact]
    public async Task A_first_write_reads_back_as_version_1()
    {
        Assert.True(await Store.TryWriteAsync(Key, Record([1, 2, 3], turns: 1), 0, CancellationToken.None));

        var stored = await Store.GetAsync(Key, CancellationToken.None);

        Assert.Equal(1, stored!.Version);
        Assert.Equal([1, 2, 3], stored.Record.State);
        Assert.Equal("model-a", stored.Record.ModelFingerprint);
        Assert.Equal(1, stored.Record.TurnCount);
        Assert.Equal(Noon, stored.Record.UpdatedAt);
    }

    [RedisFact]
    public async Task A_write_based_on_the_current_version_replaces_the_record_and_increments_the_version()
    {
        await Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.True(await Store.TryWriteAsync(Key, Record([2], turns: 2), 1, CancellationToken.None));

        var stored = await Store.GetAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal([2], stored.Record.State);
    }

    [RedisFact]
    public async Task A_write_based_on_a_stale_version_is_refused_and_changes_nothing()
    {
        // A replica whose lock expired mid-turn still holds version 1; another replica has written version 2 since.
        await Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        await Store.TryWriteAsync(Key, Record([2], turns: 2), 1, CancellationToken.None);

        Assert.False(await Store.TryWriteAsync(Key, Record([9], turns: 9), 1, CancellationToken.None));

        var stored = await Store.GetAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal([2], stored.Record.State);
    }

    [RedisFact]
    public async Task A_first_write_for_a_conversation_someone_else_already_stored_is_refused()
    {
        await Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.False(await Store.TryWriteAsync(Key, Record([9], turns: 1), 0, CancellationToken.None));

        Assert.Equal([1], (await Store.GetAsync(Key, CancellationToken.None))!.Record.State);
    }

    [RedisFact]
    public async Task A_write_based_on_a_version_read_before_a_reset_is_refused()
    {
        await Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        Assert.True(await Store.DeleteAsync(Key, CancellationToken.None));

        Assert.False(await Store.TryWriteAsync(Key, Record([9], turns: 2), 1, CancellationToken.None));

        Assert.Null(await Store.GetAsync(Key, CancellationToken.None));
    }

    [RedisFact]
    public async Task Concurrent_writers_of_one_version_have_exactly_one_winner()
    {
        await Store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Store.TryWriteAsync(Key, Record([(byte)(10 + i)], turns: 2), 1, CancellationToken.None)));

        Assert.Single(results, written => written);
        Assert.Equal(2, (await Store.GetAsync(Key, CancellationToken.None))!.Version);
    }

    [RedisFact]
    public async Task The_same_conversation_id_in_two_channels_has_two_separate_states()
    {
        await Store.TryWriteAsync(new ConversationKey("msteams", "shared-id"), Record([1], turns: 1), 0, CancellationToken.None);

        Assert.Null(await Store.GetAsync(new ConversationKey("webchat", "shared-id"), CancellationToken.None));
        Assert.True(await Store.TryWriteAsync(new ConversationKey("webchat", "shared-id"), Record([2], turns: 1), 0, CancellationToken.None));
        Assert.Equal([1], (await Store.GetAsync(new ConversationKey("msteams", "shared-id"), CancellationToken.None))!.Record.State);
    }

    [RedisFact]
    public async Task Ids_containing_the_key_separator_never_share_a_state()
    {
        // Joined naively with ':' both would be "a:b:c".
        var first = new ConversationKey("a:b", "c");
        var second = new ConversationKey("a", "b:c");
        await Store.TryWriteAsync(first, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.Null(await Store.GetAsync(second, CancellationToken.None));
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
    public async Task Sweeping_deletes_only_states_last_written_before_the_cutoff()
    {
        var old = new ConversationKey("msteams", "old");
        var recent = new ConversationKey("msteams", "recent");
        await Store.TryWriteAsync(old, Record([1], turns: 1, at: Noon.AddDays(-10)), 0, CancellationToken.None);
        await Store.TryWriteAsync(recent, Record([2], turns: 1, at: Noon), 0, CancellationToken.None);

        var deleted = await Store.DeleteIdleAsync(Noon.AddDays(-1), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await Store.GetAsync(old, CancellationToken.None));
        Assert.NotNull(await Store.GetAsync(recent, CancellationToken.None));
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

    private static ConversationRecord Record(byte[] state, long turns, DateTimeOffset? at = null) => new(state, "model-a", turns, at ?? Noon);
}
