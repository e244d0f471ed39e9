namespace ChatBot.Bot.State;

/// <summary>
/// Remembers that the store refused a write (read-only, full, unreachable), so that later turns do not run the model
/// for a state that cannot be kept: while the fault lasts each turn first probes the store with a real write, and
/// gets the fallback reply at once if that fails. The first successful probe (a turn's, or /readyz's) ends the fault.
/// </summary>
public sealed class StateStoreWriteHealth(IConversationStateStore store, ILogger<StateStoreWriteHealth> logger)
{
    private string? _fault;

    /// <summary>The cause of the current fault; null while writes succeed.</summary>
    public string? Fault => Volatile.Read(ref _fault);

    /// <exception cref="StateStoreUnavailableException">The store still cannot be written.</exception>
    public async Task EnsureWritableAsync(CancellationToken cancellationToken)
    {
        if (Fault is not null)
        {
            await ProbeAsync(cancellationToken);
        }
    }

    /// <summary>Writes and removes a probe record; records the outcome.</summary>
    /// <exception cref="StateStoreUnavailableException">The store cannot be written.</exception>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.PingAsync(cancellationToken);
        }
        catch (StateStoreUnavailableException exception)
        {
            Failed(exception);
            throw;
        }
        if (Interlocked.Exchange(ref _fault, null) is not null)
        {
            logger.LogInformation("The conversation-state store takes writes again; turns are answered normally");
        }
    }

    /// <summary>Records a write the store refused.</summary>
    public void Failed(StateStoreUnavailableException exception)
    {
        if (Interlocked.Exchange(ref _fault, exception.Message) is null)
        {
            logger.LogWarning("The conversation-state store refuses writes: {Reason} Turns get the fallback reply until it takes writes again",
                exception.Message);
        }
    }
}
