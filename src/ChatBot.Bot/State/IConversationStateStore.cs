namespace ChatBot.Bot.State;

/// <summary>
/// Durable per-conversation state. Writes are conditional on the version read before the turn (compare-and-set),
/// so a store shared by several bot processes (Redis) can refuse a write based on a stale read
/// instead of silently losing an update.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>Where the states are kept, for log lines: a file's path, "Redis at host:port". Never a secret.</summary>
    string Location { get; }

    Task<StoredConversation?> GetAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="record"/> as version <paramref name="expectedVersion"/> + 1 if the stored version is still
    /// <paramref name="expectedVersion"/> (0: nothing stored yet).
    /// </summary>
    /// <returns>False, writing nothing, when another writer got there first.</returns>
    Task<bool> TryWriteAsync(ConversationKey key, ConversationRecord record, long expectedVersion, CancellationToken cancellationToken);

    /// <returns>Whether a record was deleted.</returns>
    Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Deletes every record last updated before <paramref name="cutoff"/>.</summary>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Throws if the store cannot be reached; used by the readiness check.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
