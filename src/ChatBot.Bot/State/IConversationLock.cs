namespace ChatBot.Bot.State;

/// <summary>
/// Keeps other bot processes out of a conversation while one of them runs a turn, so turns served by different
/// replicas still follow one another. The in-process <see cref="Conversations.ConversationGate"/> orders the turns
/// within one process first; this lock orders the processes.
/// </summary>
public interface IConversationLock
{
    /// <summary>Waits (bounded) until no other process holds the conversation; dispose the result to release it.</summary>
    /// <exception cref="ConversationBusyException">The wait ran out.</exception>
    /// <exception cref="StateStoreUnavailableException">The lock service cannot be reached.</exception>
    ValueTask<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken);
}
