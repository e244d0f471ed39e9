using ChatBot.Bot.Configuration;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.State;

/// <summary>Deletes conversation states idle longer than <see cref="StateStoreOptions.IdleExpiry"/>, once per sweep interval.</summary>
public sealed class IdleConversationSweeper(
    IConversationStateStore store,
    IOptions<StateStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<IdleConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        do
        {
            await SweepOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many states were deleted (0 when the store could not be reached this time).</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.IdleExpiry;
        try
        {
            var deleted = await store.DeleteIdleAsync(cutoff, cancellationToken);
            if (deleted > 0)
            {
                logger.LogInformation("Deleted {Count} conversation states idle since before {Cutoff:u}", deleted, cutoff);
            }
            return deleted;
        }
        catch (StateStoreUnavailableException unavailable)
        {
            // An outage, already reported by the store; the next sweep tries again.
            logger.LogWarning("Sweeping idle conversation states skipped: {Reason}", unavailable.Message);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next sweep tries again; expiry is housekeeping and must not take the bot down.
            logger.LogError(exception, "Sweeping idle conversation states failed");
            return 0;
        }
    }
}
