namespace ChatBot.Bot.Configuration;

/// <summary>Where conversation states are kept (Bot:StateStore:Provider); each value's store registers itself under it.</summary>
public enum StateStoreProvider
{
    /// <summary>One process, a local file (State/Sqlite).</summary>
    Sqlite,

    /// <summary>Shared by replicas (State/Redis; see <see cref="RedisStoreOptions"/>).</summary>
    Redis,
}
