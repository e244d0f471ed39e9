using ChatBot.Bot.Configuration;
using ChatBot.Bot.State.Redis;
using ChatBot.Bot.State.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.State;

/// <summary>
/// Every store registers its store and lock keyed by its <see cref="StateStoreProvider"/>; the bot is given the pair
/// that Bot:StateStore:Provider names.
/// </summary>
public static class StateStoreRegistration
{
    public static void AddConversationState(IServiceCollection services)
    {
        services.AddSqliteStateStore();
        services.AddRedisStateStore();

        // Chosen when first needed, so only the configured store is ever created (and only Redis is ever connected to).
        services.AddSingleton<IConversationStateStore>(Configured<IConversationStateStore>);
        services.AddSingleton<IConversationLock>(Configured<IConversationLock>);
        services.AddSingleton<StateStoreWriteHealth>();
    }

    private static TService Configured<TService>(IServiceProvider services)
        where TService : notnull
    {
        var provider = services.GetRequiredService<IOptions<StateStoreOptions>>().Value.Provider;
        return services.GetKeyedService<TService>(provider) ?? throw new InvalidOperationException(
            $"No {typeof(TService).Name} is registered for Bot:StateStore:Provider {provider}; its Add{provider}StateStore belongs in {nameof(AddConversationState)}.");
    }
}
