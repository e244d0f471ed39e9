using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Bot.SdkWorkarounds;

/// <summary>The SDK's connector factory for one request, answering from <see cref="ConnectorClientCache"/>.</summary>
internal sealed class ReusingConnectorFactory(ConnectorFactory inner, string appId, ConnectorClientCache cache) : ConnectorFactory
{
    // The client is made once for every later turn too, so one turn's cancellation must not end up in it (making it
    // creates credentials and an HTTP client; tokens are fetched later, per request).
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(appId, serviceUrl, audience, () => inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
}
