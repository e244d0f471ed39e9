using ChatBot.Bot.State;

namespace ChatBot.Bot.Tests.Fakes;

/// <summary>The state store contract kept in a dictionary; for tests only. Can be made unreachable or unavailable.</summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore
{
    private readonly Dictionary<ConversationKey, StoredConversation> _records = [];

    /// <summary>Every call fails with an unexpected error (a bug's IOException).</summary>
    public bool Unreachable { get; set; }

    /// <summary>Every call fails as an outage the bot expects (<see cref="StateStoreUnavailableException"/>), as Redis's or a full disk's do.</summary>
    public bool Unavailable { get; set; }

    public string Location => "memory (tests)";

    public IReadOnlyDictionary<ConversationKey, StoredConversation> Snapshot()
    {
        lock (_records)
        {
            return new Dictionary<ConversationKey, StoredConversation>(_records);
        }
    }

    public Task<StoredConversation?> GetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        lock (_records)
        {
            return Task.FromResult(_records.GetValueOrDefault(key));
        }
    }

    public Task<bool> TryWriteAsync(ConversationKey key, ConversationRecord record, long expectedVersion, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        lock (_records)
        {
            var current = _records.GetValueOrDefault(key)?.Version ?? 0;
            if (current != expectedVersion)
            {
                return Task.FromResult(false);
            }
            _records[key] = new StoredConversation(record, expectedVersion + 1);
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        lock (_records)
        {
            return Task.FromResult(_records.Remove(key));
        }
    }

    public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        lock (_records)
        {
            var idle = _records.Where(pair => pair.Value.Record.UpdatedAt < cutoff).Select(pair => pair.Key).ToList();
            idle.ForEach(key => _records.Remove(key));
            return Task.FromResult(idle.Count);
        }
    }

    public Task PingAsync(CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        return Task.CompletedTask;
    }

    private void ThrowIfUnreachable()
    {
        if (Unreachable)
        {
            throw new IOException("The test store is unreachable.");
        }
        if (Unavailable)
        {
            throw new StateStoreUnavailableException("The test store is unavailable.");
        }
    }
}
