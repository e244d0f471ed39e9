using ChatBot.Bot.Configuration;
using ChatBot.Bot.State.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.State;

/// <summary>Registers the state store and conversation lock that Bot:StateStore:Provider chooses.</summary>
public static class StateStoreRegistration
{
    public static void AddConversationState(IServiceCollection services)
    {
        services.AddSingleton<SqliteConversationStateStore>();
        services.AddSingleton<SingleProcessConversationLock>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisConversationStateStore>();
        services.AddSingleton<RedisConversationLock>();

        // Chosen when first needed, so only the configured store is ever created (and only Redis is ever connected to).
        services.AddSingleton<IConversationStateStore>(provider => UsesRedis(provider)
            ? provider.GetRequiredService<RedisConversationStateStore>()
            : provider.GetRequiredService<SqliteConversationStateStore>());
        services.AddSingleton<IConversationLock>(provider => UsesRedis(provider)
            ? provider.GetRequiredService<RedisConversationLock>()
            : provider.GetRequiredService<SingleProcessConversationLock>());
        services.AddSingleton<StateStoreWriteHealth>();
    }

    private static bool UsesRedis(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StateStoreOptions>>().Value.UsesRedis;
}
