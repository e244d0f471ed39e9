namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// A test that needs a redis-server executable. Without one it is skipped with the reason, unless
/// CHATBOT_REQUIRE_REDIS=1 (set by .ci/run): then it runs and fails, so CI can never pass without Redis.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
