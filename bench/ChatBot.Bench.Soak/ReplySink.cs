using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bench.Soak;

/// <summary>A stand-in Bot Connector on 127.0.0.1 that accepts the bot's replies and counts them (and the fallback ones).</summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _fallback;
    private int _replies;
    private int _fallbacks;

    private ReplySink(WebApplication app, string fallback)
    {
        _app = app;
        _fallback = fallback;
    }

    public string ServiceUrl { get; private set; } = "";
    public int Replies => Volatile.Read(ref _replies);
    public int Fallbacks => Volatile.Read(ref _fallbacks);

    public static async Task<ReplySink> StartAsync(string fallbackText)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReplySink(app, fallbackText);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (HttpContext http) =>
        {
            var activity = await JsonNode.ParseAsync(http.Request.Body);
            if ((string?)activity?["type"] == "message")
            {
                Interlocked.Increment(ref sink._replies);
                if ((string?)activity["text"] == sink._fallback)
                {
                    Interlocked.Increment(ref sink._fallbacks);
                }
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
