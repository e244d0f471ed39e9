using ChatBot.Bot.Configuration;
using ChatBot.Bot.SdkWorkarounds;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>Connector clients are reused across turns instead of being rebuilt for every turn.</summary>
public sealed class ConnectorClientCacheTests
{
    private const string ServiceUrl = "https://smba.example.test/emea/";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private ConnectorClientCache NewCache(TimeSpan? lifetime = null) =>
        new(Options.Create(new ConnectorOptions { ClientLifetime = lifetime ?? TimeSpan.FromMinutes(5) }), _clock);

    [Fact]
    public async Task Turns_for_the_same_service_url_share_one_client()
    {
        var cache = NewCache();
        var made = 0;

        var first = await cache.GetOrCreateAsync("app", ServiceUrl, "aud", () => Make(ref made));
        var second = await cache.GetOrCreateAsync("app", ServiceUrl, "aud", () => Make(ref made));

        Assert.Equal(1, made);
        Assert.Equal(first.BaseUri, second.BaseUri);
    }

    [Fact]
    public async Task Different_service_urls_audiences_and_app_ids_get_their_own_clients()
    {
        var cache = NewCache();
        var made = 0;

        await cache.GetOrCreateAsync("app", ServiceUrl, "aud", () => Make(ref made));
        await cache.GetOrCreateAsync("app", "https://smba.example.test/amer/", "aud", () => Make(ref made));
        await cache.GetOrCreateAsync("app", ServiceUrl, "other-aud", () => Make(ref made));
        await cache.GetOrCreateAsync("other-app", ServiceUrl, "aud", () => Make(ref made));

        Assert.Equal(4, made);
    }

    [Fact]
    public async Task Disposing_a_handed_out_client_leaves_the_cached_client_usable()
    {
        var cache = NewCache();
        var inner = new RecordingConnectorClient();

        var handedOut = await cache.GetOrCreateAsync("app", ServiceUrl, null, () => Task.FromResult<IConnectorClient>(inner));
        handedOut.Dispose();
        var next = await cache.GetOrCreateAsync("app", ServiceUrl, null, () => throw new InvalidOperationException("must be reused"));

        Assert.False(inner.Disposed);
        Assert.Equal(inner.BaseUri, next.BaseUri);
    }

    [Fact]
    public async Task A_client_is_replaced_once_its_lifetime_has_passed()
    {
        var cache = NewCache(TimeSpan.FromMinutes(5));
        var made = 0;

        await cache.GetOrCreateAsync("app", ServiceUrl, null, () => Make(ref made));
        _clock.Advance(TimeSpan.FromMinutes(4));
        await cache.GetOrCreateAsync("app", ServiceUrl, null, () => Make(ref made));
        Assert.Equal(1, made);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await cache.GetOrCreateAsync("app", ServiceUrl, null, () => Make(ref made));
        Assert.Equal(2, made);
    }

    [Fact]
    public async Task A_failed_creation_is_not_remembered()
    {
        var cache = NewCache();
        var made = 0;

        await Assert.ThrowsAsync<HttpRequestException>(() => cache.GetOrCreateAsync("app", ServiceUrl, null, () => throw new HttpRequestException("token endpoint down")));
        await cache.GetOrCreateAsync("app", ServiceUrl, null, () => Make(ref made));

        Assert.Equal(1, made);
    }

    [Fact]
    public async Task The_bot_makes_one_connector_client_for_many_turns_in_many_conversations()
    {
        await using var bot = await BotScenario.StartAsync();

        for (var turn = 0; turn < 3; turn++)
        {
            await bot.AskAsync("conv-a", $"a{turn}");
            await bot.AskAsync("conv-b", $"b{turn}");
        }

        Assert.Equal(6, bot.Connector.MessagesIn("conv-a").Count + bot.Connector.MessagesIn("conv-b").Count);
        Assert.Equal(1, bot.Host.Get<ConnectorClientCache>().CreatedCount);
    }

    [Fact]
    public async Task The_user_token_client_is_only_made_when_a_turn_uses_it()
    {
        var made = 0;
        var inner = new RecordingUserTokenClient();
        using var deferred = new DeferredUserTokenClient(_ =>
        {
            made++;
            return Task.FromResult<UserTokenClient>(inner);
        });
        Assert.Equal(0, made);

        await deferred.SignOutUserAsync("user", "connection", "msteams", CancellationToken.None);
        await deferred.SignOutUserAsync("user", "connection", "msteams", CancellationToken.None);

        Assert.Equal(1, made);
        Assert.Equal(2, inner.SignOuts);
    }

    [Fact]
    public async Task Disposing_the_deferred_user_token_client_disposes_the_one_it_made()
    {
        var inner = new RecordingUserTokenClient();
        var deferred = new DeferredUserTokenClient(_ => Task.FromResult<UserTokenClient>(inner));
        await deferred.SignOutUserAsync("user", "connection", "msteams", CancellationToken.None);

        deferred.Dispose();

        Assert.True(inner.Disposed);
    }

    private static Task<IConnectorClient> Make(ref int made)
    {
        made++;
        return Task.FromResult<IConnectorClient>(new RecordingConnectorClient());
    }

    private sealed class RecordingConnectorClient : IConnectorClient
    {
        // Unique per instance, so tests can tell which client they were handed.
        public Uri BaseUri { get; set; } = new(ServiceUrl + "#" + Guid.NewGuid().ToString("N"));
        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings { get; } = new();
        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings { get; } = new();
        public Microsoft.Rest.ServiceClientCredentials Credentials { get; } = MicrosoftAppCredentials.Empty;
        public IAttachments Attachments => throw new NotSupportedException();
        public IConversations Conversations => throw new NotSupportedException();
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class RecordingUserTokenClient : UserTokenClient
    {
        public int SignOuts { get; private set; }
        public bool Disposed { get; private set; }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            SignOuts++;
            return Task.CompletedTask;
        }

        public override Task<Microsoft.Bot.Schema.TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) => throw new NotSupportedException();
        public override Task<Microsoft.Bot.Schema.SignInResource> GetSignInResourceAsync(string connectionName, Microsoft.Bot.Schema.Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();
        public override Task<Microsoft.Bot.Schema.TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();
        public override Task<Dictionary<string, Microsoft.Bot.Schema.TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public override Task<Microsoft.Bot.Schema.TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, Microsoft.Bot.Schema.TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
