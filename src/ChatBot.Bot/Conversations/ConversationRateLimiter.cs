using System.Threading.RateLimiting;
using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// A token bucket per conversation (<see cref="RateLimitOptions"/>): a conversation that sends messages faster than
/// allowed is asked to slow down instead of getting model turns. Buckets live in this process (each replica counts
/// its own share) and are dropped once idle and full again. The "slow down" notice is itself limited (one per
/// <see cref="RateLimitOptions.NoticeInterval"/>), so flooding a conversation does not make the bot flood the channel.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<ConversationKey>? _limiter;
    private readonly BotMetrics _metrics;
    private readonly PartitionedRateLimiter<ConversationKey>? _notices;

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
        if (settings.NoticeInterval > TimeSpan.Zero)
        {
            var notice = new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = settings.NoticeInterval,
                QueueLimit = 0,
                AutoReplenishment = false,
            };
            _notices = PartitionedRateLimiter.Create<ConversationKey, ConversationKey>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => notice));
        }
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

    /// <returns>Whether a conversation refused by <see cref="TryAcquire"/> should be told so now (else it gets no reply).</returns>
    public bool TryAcquireNotice(ConversationKey key)
    {
        if (_notices is null)
        {
            return true;
        }
        using var lease = _notices.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter?.Dispose();
        _notices?.Dispose();
    }
}
