using ChatBot.Bot.Inference;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using ChatBot.Bot.Telemetry;
using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// One turn of a conversation, independent of the Bot Framework: load the stored state, let the model answer, store
/// the new state. The caller holds the conversation's place in the <see cref="ConversationGate"/>.
/// </summary>
public sealed class ConversationEngine(
    IConversationStateStore store,
    ModelHost models,
    InferenceRunner inference,
    StateStoreWriteHealth writeHealth,
    TimeProvider timeProvider,
    ILogger<ConversationEngine> logger)
{
    // Only a second bot process sharing the store can make a conditional write fail; after a few rounds give up.
    private const int MaxWriteAttempts = 3;

    /// <summary>Answers <paramref name="userText"/>. A failed turn leaves the stored state exactly as it was.</summary>
    /// <exception cref="OperationCanceledException">The request was abandoned; nothing was stored.</exception>
    public async Task<TurnOutcome> RespondAsync(ConversationKey key, string userText, CancellationToken cancellationToken)
    {
        // A store known to refuse writes fails the turn here, before the model runs for a state that could not be kept.
        await writeHealth.EnsureWritableAsync(cancellationToken);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            StoredConversation? stored;
            using (BotTracing.Source.StartActivity("chatbot.store.read"))
            {
                stored = await store.GetAsync(key, cancellationToken);
            }
            ModelLease lease;
            try
            {
                lease = models.Acquire();
            }
            catch (ModelUnavailableException)
            {
                logger.LogWarning("No model is loaded; conversation {Conversation} got the fallback reply", key.ToLogId());
                return new TurnOutcome(null, InferenceFailure.NoModel, stored?.Record.TurnCount ?? 0);
            }
            using (lease)
            {
                var fingerprint = lease.Model.Info.Fingerprint;
                var state = Restore(stored, fingerprint, key);
                InferenceResult result;
                using (BotTracing.Source.StartActivity("chatbot.inference"))
                {
                    result = await inference.RunAsync(lease, state, userText, key, cancellationToken);
                }
                if (!result.Succeeded)
                {
                    return new TurnOutcome(null, result.Failure, stored?.Record.TurnCount ?? 0);
                }
                var turnCount = (state is null ? 0 : stored!.Record.TurnCount) + 1;
                var record = new ConversationRecord(result.Reply!.State.ToBytes(), fingerprint, turnCount, timeProvider.GetUtcNow());
                if (await TryWriteAsync(key, record, stored?.Version ?? 0))
                {
                    return new TurnOutcome(result.Reply.Text, InferenceFailure.None, turnCount);
                }
            }
            logger.LogWarning("Conversation {Conversation} was written by someone else during turn attempt {Attempt}; answering again from the newer state",
                key.ToLogId(), attempt);
        }
        logger.LogError("Conversation {Conversation}: gave up after {Attempts} conflicting writes", key.ToLogId(), MaxWriteAttempts);
        return new TurnOutcome(null, InferenceFailure.WriteConflict, 0);
    }

    private async Task<bool> TryWriteAsync(ConversationKey key, ConversationRecord record, long expectedVersion)
    {
        using var span = BotTracing.Source.StartActivity("chatbot.store.write");
        try
        {
            // CancellationToken.None: the reply exists now; storing it must not be torn by a late abort.
            return await store.TryWriteAsync(key, record, expectedVersion, CancellationToken.None);
        }
        catch (StateStoreUnavailableException exception)
        {
            writeHealth.Failed(exception);
            throw;
        }
    }

    /// <returns>Whether there was a state to forget.</returns>
    public Task<bool> ResetAsync(ConversationKey key, CancellationToken cancellationToken) => store.DeleteAsync(key, cancellationToken);

    /// <summary>The stored state, or null (a fresh start) when there is none or it cannot be used with this model.</summary>
    private ConversationState? Restore(StoredConversation? stored, string fingerprint, ConversationKey key)
    {
        if (stored is null)
        {
            return null;
        }
        if (!string.Equals(stored.Record.ModelFingerprint, fingerprint, StringComparison.Ordinal))
        {
            logger.LogInformation("Conversation {Conversation} has a state from model {StoredFingerprint}, not the serving {Fingerprint} (retrained?); starting it fresh",
                key.ToLogId(), stored.Record.ModelFingerprint, fingerprint);
            return null;
        }
        try
        {
            return ConversationState.FromBytes(stored.Record.State, fingerprint);
        }
        catch (ConversationStateException exception)
        {
            logger.LogWarning("Conversation {Conversation} has an unusable stored state ({Problem}); starting it fresh", key.ToLogId(), exception.Message);
            return null;
        }
    }
}
