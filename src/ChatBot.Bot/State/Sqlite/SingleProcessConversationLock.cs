namespace ChatBot.Bot.State.Sqlite;

/// <summary>
/// For the embedded SQLite store: its file belongs to one bot process, whose <see cref="Conversations.ConversationGate"/>
/// already orders the turns, so there is nobody else to keep out. (A second process on the same file would still be
/// caught by the store's compare-and-set writes.)
/// </summary>
public sealed class SingleProcessConversationLock : IConversationLock
{
    public ValueTask<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(Released.Instance);

    private sealed class Released : IAsyncDisposable
    {
        public static readonly Released Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
