using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.State.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>The bot's own Redis store and lock classes, pointed at a test server (to inspect what the bot stored, or to test them).</summary>
public sealed class RedisStores(RedisServer server, StateStoreOptions? storeOptions = null, RedisStoreOptions? redisOptions = null) : IAsyncDisposable
{
    public RedisStoreOptions RedisOptions { get; } = WithServer(redisOptions ?? new RedisStoreOptions(), server);

    public RedisConnection Connection => _connection ??= new RedisConnection(Options.Create(RedisOptions), NullLogger<RedisConnection>.Instance);

    public RedisConversationStateStore Store => _store ??= new RedisConversationStateStore(
        Connection, Options.Create(storeOptions ?? new StateStoreOptions()), Options.Create(RedisOptions));

    public RedisConversationLock Lock => _lock ??= new RedisConversationLock(Connection, Options.Create(RedisOptions), NullLogger<RedisConversationLock>.Instance);

    public RedisKeys Keys => new(RedisOptions.KeyPrefix);

    private RedisConnection? _connection;
    private RedisConversationStateStore? _store;
    private RedisConversationLock? _lock;

    public Task<StoredConversation?> GetAsync(string conversationId, string channelId = "emulator") =>
        Store.GetAsync(new ConversationKey(channelId, conversationId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private static RedisStoreOptions WithServer(RedisStoreOptions options, RedisServer server)
    {
        options.Configuration = server.Configuration;
        return options;
    }
}
