using ChatBot.Bot.Configuration;
using Medallion.Threading.Redis;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.State.Redis;

/// <summary>
/// A per-conversation lock in Redis (DistributedLock.Redis), held for one turn. The holder renews it while the turn
/// runs; a replica that dies holding it blocks the conversation for at most <see cref="RedisStoreOptions.LockExpiry"/>.
/// Waiting is bounded by <see cref="RedisStoreOptions.LockWaitTimeout"/>. Should a holder lose the lock anyway (it
/// could not renew it in time), the store's compare-and-set write still refuses to overwrite a newer state.
/// </summary>
public sealed class RedisConversationLock(RedisConnection connection, IOptions<RedisStoreOptions> options, ILogger<RedisConversationLock> logger)
    : IConversationLock
{
    // Options are read on first use, not in the constructor: start-up validation reports every bad setting at once.
    private readonly Lazy<RedisKeys> _keys = new(() => new RedisKeys(options.Value.KeyPrefix));

    public async ValueTask<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        RedisDistributedLockHandle? handle;
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken);
            var conversationLock = new RedisDistributedLock(_keys.Value.Lock(key), database, lockOptions => lockOptions
                .Expiry(settings.LockExpiry)
                // Short sleeps between attempts: turns take tens of milliseconds, and each process has at most one waiter
                // per conversation (the in-process gate queues the rest).
                .BusyWaitSleepTime(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(50)));
            handle = await conversationLock.TryAcquireAsync(settings.LockWaitTimeout, cancellationToken);
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            throw connection.Unavailable(exception);
        }
        if (handle is null)
        {
            throw new ConversationBusyException(
                $"Conversation {key.ToLogId()} was still held by another replica after {settings.LockWaitTimeout.TotalSeconds:0.###} s (Bot:StateStore:Redis:LockWaitTimeout).");
        }
        return new HeldLock(handle, key, settings.LockExpiry, logger);
    }

    private sealed class HeldLock(RedisDistributedLockHandle handle, ConversationKey key, TimeSpan expiry, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await handle.DisposeAsync();
            }
            catch (Exception exception) when (RedisConnection.IsFailure(exception))
            {
                // Nothing to undo: the lock expires by itself.
                logger.LogWarning("Could not release the lock of conversation {Conversation} ({Error}); it expires within {Expiry}",
                    key.ToLogId(), exception.GetType().Name, expiry);
            }
        }
    }
}
