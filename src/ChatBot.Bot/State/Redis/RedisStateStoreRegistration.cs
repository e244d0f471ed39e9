using ChatBot.Bot.Configuration;

namespace ChatBot.Bot.State.Redis;

/// <summary>The Redis store and its lock, registered under <see cref="StateStoreProvider.Redis"/>, sharing one connection.</summary>
public static class RedisStateStoreRegistration
{
    public static IServiceCollection AddRedisStateStore(this IServiceCollection services)
    {
        // Created with the store or the lock, so nothing connects to Redis unless it is the configured provider.
        services.AddSingleton<RedisConnection>();
        services.AddKeyedSingleton<IConversationStateStore, RedisConversationStateStore>(StateStoreProvider.Redis);
        services.AddKeyedSingleton<IConversationLock, RedisConversationLock>(StateStoreProvider.Redis);
        return services;
    }
}
