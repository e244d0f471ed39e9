using System.Diagnostics;
using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>The per-conversation Redis lock: exclusive, bounded waits, renewed while held, expiring when its holder dies.</summary>
public sealed class RedisConversationLockTests : IAsyncLifetime
{
    private static readonly ConversationKey Key = new("msteams", "conv-1");

    private RedisServer? _redis;

    public async Task InitializeAsync()
    {
        if (RedisServer.SkipReason is null)
        {
            _redis = await RedisServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [RedisFact]
    public async Task A_second_replica_waits_until_the_first_releases_the_conversation()
    {
        await using var first = Replica();
        await using var second = Replica();
        var held = await first.Lock.AcquireAsync(Key, CancellationToken.None);

        var waiting = second.Lock.AcquireAsync(Key, CancellationToken.None).AsTask();
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();

        await using var acquired = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [RedisFact]
    public async Task Other_conversations_are_not_held_up()
    {
        await using var first = Replica();
        await using var second = Replica();
        await using var held = await first.Lock.AcquireAsync(Key, CancellationToken.None);

        await using var other = await second.Lock.AcquireAsync(new ConversationKey("msteams", "conv-2"), CancellationToken.None).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(5));
    }

    [RedisFact]
    public async Task A_wait_longer_than_the_lock_wait_timeout_fails_as_busy()
    {
        await using var first = Replica();
        await using var second = Replica(new RedisStoreOptions { LockWaitTimeout = TimeSpan.FromMilliseconds(300) });
        await using var held = await first.Lock.AcquireAsync(Key, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<ConversationBusyException>(() => second.Lock.AcquireAsync(Key, CancellationToken.None).AsTask());

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        Assert.Contains("LockWaitTimeout", failure.Message);
    }

    [RedisFact]
    public async Task The_lock_of_a_replica_that_died_holding_it_expires_and_the_conversation_can_be_taken()
    {
        await using var dead = Replica(new RedisStoreOptions { LockExpiry = TimeSpan.FromSeconds(1) });
        await using var survivor = Replica();
        await survivor.Store.PingAsync(CancellationToken.None);
        // The clock starts before the lock is taken, so the lock expires at least 1 s after it.
        var clock = Stopwatch.StartNew();
        _ = await dead.Lock.AcquireAsync(Key, CancellationToken.None);
        // The dead replica's connection goes away with it: nobody renews its lock any more.
        await dead.Connection.DisposeAsync();

        await using var taken = await survivor.Lock.AcquireAsync(Key, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(6));
    }

    [RedisFact]
    public async Task A_lock_held_longer_than_its_expiry_is_renewed_and_stays_exclusive()
    {
        // Waiting more than twice the expiry: only renewal can keep the second replica out that long.
        var shortExpiry = new RedisStoreOptions { LockExpiry = TimeSpan.FromSeconds(1.5), LockWaitTimeout = TimeSpan.FromSeconds(3.5) };
        await using var first = Replica(shortExpiry);
        await using var second = Replica(shortExpiry);
        await using var held = await first.Lock.AcquireAsync(Key, CancellationToken.None);

        await Assert.ThrowsAsync<ConversationBusyException>(() => second.Lock.AcquireAsync(Key, CancellationToken.None).AsTask());
    }

    [RedisFact]
    public async Task When_Redis_is_down_acquiring_fails_as_unavailable()
    {
        await using var replica = Replica();
        await replica.Store.PingAsync(CancellationToken.None);
        await _redis!.StopAsync();

        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => replica.Lock.AcquireAsync(Key, CancellationToken.None).AsTask());
    }

    private RedisStores Replica(RedisStoreOptions? options = null) => new(_redis!, redisOptions: options);
}
