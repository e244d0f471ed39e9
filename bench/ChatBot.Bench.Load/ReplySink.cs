using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bench.Load;

/// <summary>
/// The load generator's own Bot Connector on 127.0.0.1: the bot posts its replies here (the activities' serviceUrl),
/// and each reply completes the wait of the turn it answers (matched by replyToId) with its arrival time.
/// </summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Arrival>> _waiting = new();

    private ReplySink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReplySink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (HttpContext http, string replyToId) =>
        {
            var activity = await JsonNode.ParseAsync(http.Request.Body);
            if ((string?)activity?["type"] == "message" && sink._waiting.TryRemove(replyToId, out var waiting))
            {
                waiting.TrySetResult(new Arrival(Stopwatch.GetTimestamp(), (string?)activity["text"] ?? ""));
            }
            return Results.Json(new { id = "sent" });
        });
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>Registers the wait for the reply to activity <paramref name="activityId"/>; call before posting it.</summary>
    public Task<Arrival> Expect(string activityId)
    {
        var waiting = new TaskCompletionSource<Arrival>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.TryAdd(activityId, waiting))
        {
            throw new InvalidOperationException($"Activity id {activityId} is already awaited.");
        }
        return waiting.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <param name="Timestamp">Stopwatch ticks when the reply arrived.</param>
    public sealed record Arrival(long Timestamp, string Text);
}
