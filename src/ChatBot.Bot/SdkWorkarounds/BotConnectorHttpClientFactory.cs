namespace ChatBot.Bot.SdkWorkarounds;

/// <summary>
/// What the Bot Framework SDK gets as its <see cref="IHttpClientFactory"/>: whatever client name the SDK asks for, it
/// gets the "BotConnector" client, which carries the resilience handler for outbound replies.
/// </summary>
public sealed class BotConnectorHttpClientFactory(IHttpClientFactory inner) : IHttpClientFactory
{
    public const string ClientName = "BotConnector";

    public HttpClient CreateClient(string name) => inner.CreateClient(ClientName);
}
