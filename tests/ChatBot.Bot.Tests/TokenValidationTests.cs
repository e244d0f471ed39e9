using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests;

/// <summary>
/// With authentication configured, the SDK's real token validation runs against a local identity provider (metadata and
/// signing keys over HTTPS on 127.0.0.1): a valid token reaches the model; every kind of bad token gets 401 and never
/// does. The bot runs as a process so it can be told to trust the provider's test CA (SSL_CERT_FILE).
/// </summary>
public sealed class TokenValidationTests(TokenValidationTests.AuthenticatedBot fixture) : IClassFixture<TokenValidationTests.AuthenticatedBot>
{
    public const string AppId = "00000000-0000-0000-0000-00000000b075";

    public static TheoryData<string> BadTokens => new(BadTokenTable.Rows.Keys);

    [Fact]
    public async Task A_valid_token_reaches_the_model_and_gets_its_reply()
    {
        var bot = await fixture.GetAsync();
        // expectReplies: the replies come back in the HTTP response, so the bot needs no outbound token of its own.
        var activity = bot.Message("valid-token", "Hello there!").With("deliveryMode", "expectReplies");

        using var response = await bot.Process.PostActivityAsync(activity, "Bearer " + bot.Provider.CreateToken(AppId, bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        var reply = Assert.Single(replies, activity => (string?)activity!["type"] == "message");
        Assert.NotEqual(BotTexts.English.Fallback, (string?)reply!["text"]);
        Assert.Equal(1, (await bot.StoredAsync("valid-token"))!.Turns);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_gets_401_and_never_reaches_the_model(string kind)
    {
        var bot = await fixture.GetAsync();
        var conversation = "bad-token-" + kind.GetHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var authorization = BadTokenTable.Rows[kind](bot);

        using var response = await bot.Process.PostActivityAsync(bot.Message(conversation, "Hello there!"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
        Assert.Null(await bot.StoredAsync(conversation));
        Assert.Empty(bot.Connector.MessagesIn(conversation));
    }

    [Fact]
    public async Task A_token_whose_serviceurl_claim_names_another_service_url_than_the_activity_is_refused_and_nothing_is_sent()
    {
        var bot = await fixture.GetAsync();
        await using var elsewhere = await FakeBotConnector.StartAsync();
        // A genuine token, issued for the real channel's service URL, replayed with an activity that names another one.
        var activity = Activities.Message(elsewhere.ServiceUrl, "serviceurl-mismatch", "Hello there!");

        using var response = await bot.Process.PostActivityAsync(activity, "Bearer " + bot.Provider.CreateToken(AppId, bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await bot.StoredAsync("serviceurl-mismatch"));
        Assert.Equal(0, elsewhere.Attempts);
        Assert.Empty(bot.Connector.MessagesIn("serviceurl-mismatch"));
    }

    [Fact]
    public async Task Neither_the_app_password_nor_a_token_reaches_the_log()
    {
        var bot = await fixture.GetAsync();
        var token = bot.Provider.CreateToken(AppId, bot.ServiceUrl);
        var expired = bot.Provider.CreateToken(AppId, bot.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));

        using (await bot.Process.PostActivityAsync(bot.Message("secrets", "Hello there!").With("deliveryMode", "expectReplies"), "Bearer " + token))
        using (await bot.Process.PostActivityAsync(bot.Message("secrets", "Hello there!"), "Bearer " + expired))
        {
        }

        var output = bot.Process.Output;
        Assert.Contains("Refused an activity", output);
        Assert.DoesNotContain(bot.Provider.BotSettings(AppId)["MicrosoftAppPassword"]!, output);
        Assert.DoesNotContain(token.Split('.')[2], output);
        Assert.DoesNotContain(expired.Split('.')[2], output);
    }

    /// <summary>Each kind of bad Authorization header, made against the running provider.</summary>
    public static class BadTokenTable
    {
        public static IReadOnlyDictionary<string, Func<Running, string?>> Rows { get; } = new Dictionary<string, Func<Running, string?>>
        {
            ["missing"] = _ => null,
            ["expired"] = bot => Bearer(bot.Provider.CreateToken(AppId, bot.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1))),
            ["not yet valid"] = bot => Bearer(bot.Provider.CreateToken(AppId, bot.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(1), expires: DateTime.UtcNow.AddHours(2))),
            ["wrongly signed"] = bot => Bearer(bot.Provider.CreateToken(AppId, bot.ServiceUrl, signedWith: ForeignKey(FakeIdentityProvider.KeyId))),
            ["signed with an unknown key"] = bot => Bearer(bot.Provider.CreateToken(AppId, bot.ServiceUrl, signedWith: ForeignKey("unknown-key"))),
            ["wrong audience"] = bot => Bearer(bot.Provider.CreateToken("00000000-0000-0000-0000-00000000beef", bot.ServiceUrl)),
            ["wrong issuer"] = bot => Bearer(bot.Provider.CreateToken(AppId, bot.ServiceUrl, issuer: "https://issuer.example.invalid")),
            ["for another service URL"] = bot => Bearer(bot.Provider.CreateToken(AppId, "https://elsewhere.example.invalid/")),
            ["HS256 instead of RS256"] = bot => Bearer(bot.Provider.CreateToken(AppId, bot.ServiceUrl,
                signedWith: new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256))),
            ["unsigned (alg none)"] = _ => Bearer(Segment("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Segment($"{{\"iss\":\"{FakeIdentityProvider.Issuer}\",\"aud\":\"{AppId}\"}}") + "."),
            ["malformed payload"] = _ => Bearer(Segment("{\"alg\":\"RS256\",\"kid\":\"test-signing-key\"}") + "." + Segment("not json") + "." + Segment("signature")),
            ["Basic scheme"] = _ => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password")),
        };

        private static string Bearer(string token) => "Bearer " + token;

        private static string Segment(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

        private static SigningCredentials ForeignKey(string keyId) =>
            new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The running pieces: identity provider, connector and the bot process.</summary>
    public sealed record Running(FakeIdentityProvider Provider, FakeBotConnector Connector, BotProcess Process, TestDirectory Directory)
    {
        public string ServiceUrl => Connector.ServiceUrl;

        public JsonObject Message(string conversationId, string text) => Activities.Message(ServiceUrl, conversationId, text);

        public Task<SqliteStateFile.Row?> StoredAsync(string conversationId) =>
            SqliteStateFile.ReadAsync(Directory.File("data/conversations.db"), conversationId);
    }

    /// <summary>Started on first use and shared by the tests of the class.</summary>
    public sealed class AuthenticatedBot : IAsyncLifetime
    {
        private readonly SemaphoreSlim _start = new(1, 1);
        private readonly TestDirectory _directory = new();
        private Running? _running;

        public async Task<Running> GetAsync()
        {
            await _start.WaitAsync();
            try
            {
                return _running ??= await StartAsync();
            }
            finally
            {
                _start.Release();
            }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (_running is not null)
            {
                await _running.Process.DisposeAsync();
                await _running.Connector.DisposeAsync();
                await _running.Provider.DisposeAsync();
            }
            _directory.Dispose();
            _start.Dispose();
        }

        private async Task<Running> StartAsync()
        {
            var provider = await FakeIdentityProvider.StartAsync(_directory.Path);
            var connector = await FakeBotConnector.StartAsync();
            UntrainedModels.Write(_directory.File("model.chatbot"), seed: 41);
            var settings = provider.BotSettings(AppId);
            settings["Bot:Model:Path"] = _directory.File("model.chatbot");
            settings["Bot:Model:ReloadOnChange"] = "false";
            settings["Bot:Decoding:MaxReplyLength"] = "40";
            var process = await BotProcess.StartAsync(_directory.Path, settings,
                new Dictionary<string, string> { ["SSL_CERT_FILE"] = provider.CaCertificatePath });
            return new Running(provider, connector, process, _directory);
        }
    }
}
