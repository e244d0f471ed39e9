using System.Threading.RateLimiting;
using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// A token bucket per conversation (<see cref="RateLimitOptions"/>): a conversation that sends messages faster than
/// allowed is asked to slow down instead of getting model turns. Buckets live in this process (each replica counts
/// its own share) and are dropped once idle and full again.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<ConversationKey>? _limiter;
    private readonly BotMetrics _metrics;

    public ConversationRateLimiter(IOptions<RateLimitOptions> options, BotMetrics metrics)
    {
        _metrics = metrics;
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / settings.MessagesPerMinute,
            QueueLimit = 0,
            // The partitioned limiter's own timer refills every bucket; one timer per conversation would not scale.
            AutoReplenishment = false,
        };
        _limiter = PartitionedRateLimiter.Create<ConversationKey, ConversationKey>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
    }

    /// <returns>Whether the conversation may have one more turn now.</returns>
    public bool TryAcquire(ConversationKey key)
    {
        if (_limiter is null)
        {
            return true;
        }
        using var lease = _limiter.AttemptAcquire(key);
        if (!lease.IsAcquired)
        {
            _metrics.RateLimited();
        }
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
