using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>
/// Bad and abusive requests to POST /api/messages, one row per kind (the table is documented in docs/operations.md,
/// "Bad input"). Every row gets a 4xx or a graceful reply, never a 500 or a stack trace; a rejected request never
/// reaches the model or changes the stored state; and the bot answers a normal message afterwards.
/// </summary>
public sealed class BadInputTests
{
    /// <summary>The conversation every row targets; it already has one answered turn whose state must survive rejections.</summary>
    private const string Conversation = "conv-1";

    public static TheoryData<string> Rows => new(BadInputTable.Rows.Select(row => row.Name));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_bad_request_gets_a_4xx_or_a_graceful_reply_and_the_bot_keeps_answering(string name)
    {
        var row = BadInputTable.Rows.Single(candidate => candidate.Name == name);
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync(Conversation, "hello");
        var storedBefore = await bot.Host.StoredAsync(Conversation);
        var callsBefore = bot.Loader.Loaded.Single().RespondCalls;
        var repliesBefore = bot.Connector.TextsIn(Conversation).Count;

        using var request = row.Build(bot.Message(Conversation, "hi"));
        using var response = await bot.Host.Client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        var newReplies = bot.Connector.TextsIn(Conversation).Skip(repliesBefore).ToArray();
        switch (row.Outcome)
        {
            case BadInputOutcome.Rejected:
                Assert.Equal(row.Status, (int)response.StatusCode);
                Assert.Empty(newReplies);
                Assert.Equal(callsBefore, bot.Loader.Loaded.Single().RespondCalls);
                StoredAssert.Unchanged(storedBefore, await bot.Host.StoredAsync(Conversation));
                break;
            case BadInputOutcome.Ignored:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Empty(newReplies);
                StoredAssert.Unchanged(storedBefore, await bot.Host.StoredAsync(Conversation));
                break;
            case BadInputOutcome.Notice:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(row.Notice, Assert.Single(newReplies));
                StoredAssert.Unchanged(storedBefore, await bot.Host.StoredAsync(Conversation));
                break;
            case BadInputOutcome.ModelReply:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.StartsWith("alpha #2 ", Assert.Single(newReplies));
                Assert.Equal(2, (await bot.Host.StoredAsync(Conversation))!.Record.TurnCount);
                break;
        }

        var after = await bot.AskAsync(Conversation, "are you still there?");
        Assert.StartsWith("alpha #", after);
        Assert.DoesNotContain(bot.Host.Logs.Entries, entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public void Every_row_of_the_table_is_documented_in_the_operations_guide()
    {
        var guide = File.ReadAllText(Repository.File("docs", "operations.md"));

        foreach (var row in BadInputTable.Rows)
        {
            Assert.Contains($"| {row.Name} |", guide);
        }
    }
}

/// <summary>What the bot does with a bad request.</summary>
public enum BadInputOutcome
{
    /// <summary>A 4xx status; nothing reaches the model or the store.</summary>
    Rejected,
    /// <summary>200 and nothing else: the activity is valid but not one the bot acts on.</summary>
    Ignored,
    /// <summary>200 and a fixed polite reply; the stored state is untouched.</summary>
    Notice,
    /// <summary>200 and a model turn: the input was cleaned up and answered.</summary>
    ModelReply,
}

/// <param name="Build">Makes the request from a valid message activity of the target conversation.</param>
public sealed record BadInputRow(string Name, Func<JsonObject, HttpRequestMessage> Build, BadInputOutcome Outcome, int Status = 200, string? Notice = null);

/// <summary>The table of bad input. Keep docs/operations.md ("Bad input") in step: a test checks every name is there.</summary>
public static class BadInputTable
{
    public static IReadOnlyList<BadInputRow> Rows { get; } =
    [
        new("invalid JSON", _ => Raw("{\"type\": \"message\","), BadInputOutcome.Rejected, 400),
        new("empty body", _ => Raw(""), BadInputOutcome.Rejected, 400),
        new("JSON null", _ => Raw("null"), BadInputOutcome.Rejected, 400),
        new("JSON array instead of an object", _ => Raw("[{\"type\": \"message\"}]"), BadInputOutcome.Rejected, 400),
        new("wrong content type (text/plain)", activity => Raw(activity.ToJsonString(), "text/plain"), BadInputOutcome.Rejected, 415),
        new("no content type", activity => Raw(activity.ToJsonString(), contentType: null), BadInputOutcome.Rejected, 415),
        new("missing conversation", activity => Json(activity.Without("conversation")), BadInputOutcome.Rejected, 400),
        new("missing serviceUrl", activity => Json(activity.Without("serviceUrl")), BadInputOutcome.Rejected, 400),
        new("serviceUrl not http(s)", activity => Json(activity.With("serviceUrl", "file:///etc/passwd")), BadInputOutcome.Rejected, 400),
        new("serviceUrl with a query string", activity => Json(activity.With("serviceUrl", (string)activity["serviceUrl"]! + "admin/delete-everything?x=")), BadInputOutcome.Rejected, 400),
        new("serviceUrl on another machine (no authentication)", activity => Json(activity.With("serviceUrl", "http://198.51.100.7/")), BadInputOutcome.Rejected, 400),
        new("conversation id of 250,000 characters", activity => Json(activity.With("conversation", new JsonObject { ["id"] = new string('c', 250_000) })),
            BadInputOutcome.Rejected, 400),
        new("from id over 1024 characters", activity => Json(activity.With("from", new JsonObject { ["id"] = new string('f', 1025) })), BadInputOutcome.Rejected, 400),
        new("recipient id over 1024 characters", activity => Json(activity.With("recipient", new JsonObject { ["id"] = new string('r', 1025) })), BadInputOutcome.Rejected, 400),
        new("channelId over 1024 characters", activity => Json(activity.With("channelId", new string('e', 1025))), BadInputOutcome.Rejected, 400),
        new("conversation as a string", activity => Json(activity.With("conversation", "conv-1")), BadInputOutcome.Rejected, 400),
        new("text as a number", activity => Json(activity.With("text", 42)), BadInputOutcome.Rejected, 400),
        new("timestamp that is not a date", activity => Json(activity.With("timestamp", "yesterday-ish")), BadInputOutcome.Rejected, 400),
        new("duplicate property", activity => Raw(activity.ToJsonString().TrimEnd('}') + ",\"text\":\"again\"}"), BadInputOutcome.Rejected, 400),
        new("1 MB text", activity => Json(activity.With("text", new string('a', 1024 * 1024))), BadInputOutcome.Rejected, 413),
        new("deeply nested JSON", activity => Raw(activity.ToJsonString().TrimEnd('}') + ",\"channelData\":" + new string('[', 100_000) + new string(']', 100_000) + "}"),
            BadInputOutcome.Rejected, 400),
        new("huge number of attachments", activity => Json(activity.With("attachments", Attachments(1000))), BadInputOutcome.Rejected, 400),
        new("huge number of entities", activity => Json(activity.With("entities", new JsonArray(Enumerable.Range(0, 1000).Select(_ => (JsonNode)new JsonObject { ["type"] = "clientInfo" }).ToArray()))),
            BadInputOutcome.Rejected, 400),
        new("unknown activity type", activity => Json(activity.With("type", "holographicCall")), BadInputOutcome.Ignored),
        new("message update (edited message)", activity => Json(activity.With("type", "messageUpdate")), BadInputOutcome.Ignored),
        new("attachments only, no text", activity => Json(activity.Without("text").With("attachments", Attachments(3))), BadInputOutcome.Notice,
            Notice: BotTexts.English.TextOnly),
        new("only control characters", activity => Json(activity.With("text", "\u0000\u0001\u0007\u001b\u007f")), BadInputOutcome.Notice,
            Notice: BotTexts.English.EmptyMessage),
        new("lone UTF-16 surrogates", activity => Raw(activity.With("text", "PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "a\\ud800b\\udfffc")),
            BadInputOutcome.ModelReply),
        new("invalid UTF-8 bytes", activity => Bytes(Encoding.UTF8.GetBytes(activity.With("text", "PLACEHOLDER").ToJsonString())
            .Replace("PLACEHOLDER"u8, [(byte)'a', 0xED, 0xA0, 0x80, (byte)'b', 0xFF])), BadInputOutcome.ModelReply),
        new("NUL and control characters in text", activity => Json(activity.With("text", "he\u0000llo\u0007 \u001b[31mworld\u007f")), BadInputOutcome.ModelReply),
        new("byte order mark before the JSON", activity => Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(activity.ToJsonString())]), BadInputOutcome.ModelReply),
    ];

    private static JsonArray Attachments(int count) =>
        new(Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = $"https://example.invalid/{i}.png" }).ToArray());

    private static HttpRequestMessage Json(JsonObject activity) => Raw(activity.ToJsonString());

    private static HttpRequestMessage Raw(string body, string? contentType = "application/json") => Bytes(Encoding.UTF8.GetBytes(body), contentType);

    private static HttpRequestMessage Bytes(byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }
        return new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
    }

    private static byte[] Replace(this byte[] bytes, ReadOnlySpan<byte> placeholder, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(placeholder);
        return [.. bytes.AsSpan(0, at), .. replacement, .. bytes.AsSpan(at + placeholder.Length)];
    }
}
