using System.Text.Json.Nodes;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Activity JSON as a channel posts it to /api/messages.</summary>
public static class Activities
{
    public const string BotId = "bot-1";
    public const string BotName = "ChatBot";
    public const string UserId = "user-1";

    private static int _sequence;

    public static JsonObject Message(string serviceUrl, string conversationId, string? text, string? locale = "en-US", string channelId = "emulator") =>
        Base("message", serviceUrl, conversationId, locale, channelId).With("text", text);

    public static JsonObject MembersAdded(string serviceUrl, string conversationId, string? locale = "en-US", params string[] memberIds)
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationId, locale, "emulator");
        activity["membersAdded"] = new JsonArray(memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["name"] = id }).ToArray());
        return activity;
    }

    /// <summary>A Teams conversation update: members added to a team's channel, a group chat or a personal chat.</summary>
    /// <param name="conversationType">"channel", "groupChat" or "personal".</param>
    public static JsonObject TeamsMembersAdded(string serviceUrl, string conversationId, string conversationType, params string[] memberIds)
    {
        var activity = MembersAdded(serviceUrl, conversationId, "en-US", memberIds);
        activity["channelId"] = "msteams";
        activity["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["isGroup"] = conversationType != "personal",
            ["tenantId"] = "tenant-1",
        };
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        if (conversationType == "channel")
        {
            channelData["eventType"] = "teamMemberAdded";
            channelData["team"] = new JsonObject { ["id"] = "19:team-1@thread.skype", ["name"] = "Team 1" };
        }
        activity["channelData"] = channelData;
        return activity;
    }

    public static JsonObject Base(string type, string serviceUrl, string conversationId, string? locale, string channelId)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Interlocked.Increment(ref _sequence)}",
            ["timestamp"] = "2026-01-02T03:04:05.678+00:00",
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Test User" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }
        return activity;
    }

    public static JsonObject With(this JsonObject activity, string property, JsonNode? value)
    {
        activity[property] = value;
        return activity;
    }

    public static JsonObject Without(this JsonObject activity, string property)
    {
        activity.Remove(property);
        return activity;
    }

    public static string Id(this JsonObject activity) => (string)activity["id"]!;
}
