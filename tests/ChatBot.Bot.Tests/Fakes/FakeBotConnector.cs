using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests.Fakes;

/// <summary>
/// Stands in for a channel's Bot Connector service: a real HTTP listener on 127.0.0.1 (random port), used as the
/// activities' serviceUrl, that records every activity the bot sends and answers like the real service.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<SentActivity> _received = [];
    private int _failuresToInject;
    private int _failureStatus = StatusCodes.Status503ServiceUnavailable;
    private string? _failureRetryAfter;
    private int _stallsToInject;
    private TimeSpan _stall;
    private int _attempts;
    private int _memberLookups;

    private FakeBotConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every HTTP request received, including those answered with an injected failure.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Requests for one member's profile (GET …/members/{id}), as the SDK's Teams handler makes them.</summary>
    public int MemberLookups => Volatile.Read(ref _memberLookups);

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext http, string conversationId, string replyToId) =>
            connector.ReceiveAsync(http, conversationId, replyToId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            connector.ReceiveAsync(http, conversationId, null));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string conversationId, string memberId) =>
        {
            Interlocked.Increment(ref connector._memberLookups);
            return Results.Json(new { id = memberId, name = memberId });
        });
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next <paramref name="count"/> requests are answered with <paramref name="status"/> (503 Service Unavailable) and nothing is recorded.</summary>
    /// <param name="retryAfter">The Retry-After header of those answers, if any.</param>
    public void FailNextRequests(int count, int status = StatusCodes.Status503ServiceUnavailable, string? retryAfter = null)
    {
        _failureStatus = status;
        _failureRetryAfter = retryAfter;
        Interlocked.Exchange(ref _failuresToInject, count);
    }

    /// <summary>
    /// The next <paramref name="count"/> activities are recorded (the channel has shown them) and then answered only
    /// after <paramref name="stall"/>: a channel that is slow to acknowledge what it has already accepted.
    /// </summary>
    public void StallAfterAccepting(int count, TimeSpan stall)
    {
        _stall = stall;
        Interlocked.Exchange(ref _stallsToInject, count);
    }

    public IReadOnlyList<SentActivity> All
    {
        get
        {
            lock (_received)
            {
                return _received.ToArray();
            }
        }
    }

    /// <summary>Message activities sent into one conversation, in the order they arrived.</summary>
    public IReadOnlyList<SentActivity> MessagesIn(string conversationId) =>
        All.Where(activity => activity.Type == "message" && activity.ConversationId == conversationId).ToArray();

    public IReadOnlyList<string> TextsIn(string conversationId) => MessagesIn(conversationId).Select(activity => activity.Text ?? "").ToArray();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        Interlocked.Increment(ref _attempts);
        if (Interlocked.Decrement(ref _failuresToInject) >= 0)
        {
            if (_failureRetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = _failureRetryAfter;
            }
            return Results.StatusCode(_failureStatus);
        }
        var body = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
        int count;
        lock (_received)
        {
            _received.Add(new SentActivity(Uri.UnescapeDataString(conversationId), replyToId is null ? null : Uri.UnescapeDataString(replyToId), body));
            count = _received.Count;
        }
        if (Interlocked.Decrement(ref _stallsToInject) >= 0)
        {
            try
            {
                await Task.Delay(_stall, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot gave up waiting; the activity stays recorded, as a real channel would keep it.
            }
        }
        return Results.Json(new { id = $"sent-{count}" });
    }

    /// <summary>One activity the bot sent.</summary>
    /// <param name="PathConversationId">The conversation named in the URL.</param>
    /// <param name="PathReplyToId">The activity named in the URL when the bot replied to one.</param>
    public sealed record SentActivity(string PathConversationId, string? PathReplyToId, JsonObject Body)
    {
        public string? Type => (string?)Body["type"];
        public string? Text => (string?)Body["text"];
        public string? ReplyToId => (string?)Body["replyToId"];
        public string? ConversationId => (string?)Body["conversation"]?["id"];
        public string? FromId => (string?)Body["from"]?["id"];
        public string? RecipientId => (string?)Body["recipient"]?["id"];
        public string? Locale => (string?)Body["locale"];

        /// <summary>The suggested actions' (title, value) pairs; empty when there are none.</summary>
        public IReadOnlyList<(string? Title, string? Value)> SuggestedActions =>
            Body["suggestedActions"]?["actions"]?.AsArray().Select(action => ((string?)action?["title"], (string?)action?["value"])).ToArray() ?? [];
    }
}
