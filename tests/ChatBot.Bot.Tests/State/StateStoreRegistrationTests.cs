using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.State.Redis;
using ChatBot.Bot.State.Sqlite;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ChatBot.Bot.Tests.State;

/// <summary>Every store registers its store and lock under its provider; the bot gets the pair that Bot:StateStore:Provider names.</summary>
public sealed class StateStoreRegistrationTests : IDisposable
{
    private readonly TestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Every_provider_has_a_store_and_a_lock_registered()
    {
        var services = new ServiceCollection();

        StateStoreRegistration.AddConversationState(services);

        foreach (var provider in Enum.GetValues<StateStoreProvider>())
        {
            Assert.Contains(services, service => service.ServiceType == typeof(IConversationStateStore) && Equals(service.ServiceKey, provider));
            Assert.Contains(services, service => service.ServiceType == typeof(IConversationLock) && Equals(service.ServiceKey, provider));
        }
    }

    [Theory]
    [InlineData(StateStoreProvider.Sqlite, typeof(SqliteConversationStateStore), typeof(SingleProcessConversationLock))]
    [InlineData(StateStoreProvider.Redis, typeof(RedisConversationStateStore), typeof(RedisConversationLock))]
    public async Task The_bot_gets_the_store_and_the_lock_of_the_configured_provider(StateStoreProvider provider, Type store, Type conversationLock)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _directory.Path });
        services.AddOptions<StateStoreOptions>().Configure(options => options.Provider = provider);
        services.AddOptions<RedisStoreOptions>();
        StateStoreRegistration.AddConversationState(services);
        await using var built = services.BuildServiceProvider();

        Assert.IsType(store, built.GetRequiredService<IConversationStateStore>());
        Assert.IsType(conversationLock, built.GetRequiredService<IConversationLock>());
    }
}
