using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ChatBot.Bot.SdkWorkarounds;

/// <summary>
/// A connector client that outlives the turn it is handed to: the SDK disposes the client at the end of every turn,
/// so the cached one is handed out behind this view, whose Dispose does nothing.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public Uri BaseUri
    {
        get => inner.BaseUri;
        // Shared by every turn for this service URL: one turn must not re-point it for the others.
        set => throw new InvalidOperationException("A shared connector client's BaseUri cannot be changed.");
    }

    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => inner.Credentials;

    public IAttachments Attachments => inner.Attachments;

    public IConversations Conversations => inner.Conversations;

    public void Dispose()
    {
        // The cache owns the client.
    }
}
