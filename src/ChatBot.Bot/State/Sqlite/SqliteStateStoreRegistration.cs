using ChatBot.Bot.Configuration;

namespace ChatBot.Bot.State.Sqlite;

/// <summary>The SQLite store and its lock, registered under <see cref="StateStoreProvider.Sqlite"/>.</summary>
public static class SqliteStateStoreRegistration
{
    public static IServiceCollection AddSqliteStateStore(this IServiceCollection services)
    {
        services.AddKeyedSingleton<IConversationStateStore, SqliteConversationStateStore>(StateStoreProvider.Sqlite);
        services.AddKeyedSingleton<IConversationLock, SingleProcessConversationLock>(StateStoreProvider.Sqlite);
        return services;
    }
}
