using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bench.Turns;

/// <summary>A stand-in Bot Connector on 127.0.0.1 that accepts the bot's replies and counts them.</summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _messages;
    private long _replyCharacters;

    private ConnectorSink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public int Messages => Volatile.Read(ref _messages);

    /// <summary>Characters in all message texts received.</summary>
    public long ReplyCharacters => Interlocked.Read(ref _replyCharacters);

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (HttpContext http) =>
        {
            var activity = await JsonNode.ParseAsync(http.Request.Body);
            if ((string?)activity?["type"] == "message")
            {
                Interlocked.Add(ref sink._replyCharacters, ((string?)activity["text"])?.Length ?? 0);
                Interlocked.Increment(ref sink._messages);
            }
            return Results.Json(new { id = "sent" });
        });
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
