using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// Checks an incoming activity's JSON before the SDK sees it: the SDK dereferences conversation, serviceUrl and
/// the accounts without checks, so a request missing them would end in a NullReferenceException (HTTP 500) that no
/// turn-error handler can catch. Such requests get 400 with a message naming the missing field instead.
/// </summary>
public static class ActivityRequestValidator
{
    /// <summary>Most items accepted in one of the activity's lists (attachments, entities, members); channels send a handful.</summary>
    public const int MaxListItems = 100;

    /// <summary>
    /// Longest channel, conversation and account id accepted. Teams ids are under 200 characters; the ids are stored
    /// and used in URLs, so an unbounded one would be stored verbatim.
    /// </summary>
    public const int MaxIdLength = 1024;

    /// <returns>Null when the activity can be processed, otherwise what is wrong with it.</returns>
    public static string? Validate(JToken body)
    {
        if (body is not JObject activity)
        {
            return "The body must be a JSON object (a Bot Framework activity).";
        }
        return RequireString(activity, "type")
               ?? RequireString(activity, "channelId")
               ?? LimitIdLength((string)activity["channelId"]!, "channelId")
               ?? RequireServiceUrl(activity)
               ?? RequireAccount(activity, "conversation")
               ?? RequireAccount(activity, "from")
               ?? RequireAccount(activity, "recipient")
               ?? OptionalOfType(activity, "text", JTokenType.String)
               ?? OptionalOfType(activity, "entities", JTokenType.Array)
               ?? OptionalOfType(activity, "attachments", JTokenType.Array)
               ?? OptionalOfType(activity, "membersAdded", JTokenType.Array)
               ?? OptionalOfType(activity, "membersRemoved", JTokenType.Array)
               ?? LimitLength(activity, "attachments")
               ?? LimitLength(activity, "entities")
               ?? LimitLength(activity, "membersAdded")
               ?? LimitLength(activity, "membersRemoved");
    }

    private static string? RequireString(JObject activity, string name) =>
        activity[name] is JValue { Type: JTokenType.String } value && !string.IsNullOrWhiteSpace((string?)value)
            ? null
            : $"The activity has no '{name}' (a non-empty string is required).";

    private static string? RequireServiceUrl(JObject activity)
    {
        if (RequireString(activity, "serviceUrl") is { } missing)
        {
            return missing;
        }
        if (!Uri.TryCreate((string?)activity["serviceUrl"], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity's 'serviceUrl' must be an absolute http(s) URL.";
        }
        // The SDK appends "v3/conversations/…" to the service URL: a query or fragment would swallow that path and
        // send the reply somewhere the URL's path does not say.
        return uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            ? "The activity's 'serviceUrl' must not carry a query, fragment or user name."
            : null;
    }

    private static string? RequireAccount(JObject activity, string name) =>
        activity[name] is JObject account && account["id"] is JValue { Type: JTokenType.String } id && !string.IsNullOrWhiteSpace((string?)id)
            ? LimitIdLength((string)id!, name + ".id")
            : $"The activity has no '{name}.id' (an object with a non-empty string id is required).";

    private static string? LimitIdLength(string id, string name) =>
        id.Length > MaxIdLength ? $"The activity's '{name}' is {id.Length} characters long; at most {MaxIdLength} are accepted." : null;

    private static string? LimitLength(JObject activity, string name) =>
        activity[name] is JArray { Count: > MaxListItems } list
            ? $"The activity has {list.Count} {name}; at most {MaxListItems} are accepted."
            : null;

    private static string? OptionalOfType(JObject activity, string name, JTokenType type) =>
        activity[name] is null or { Type: JTokenType.Null } || activity[name]!.Type == type
            ? null
            : $"The activity's '{name}' must be {(type == JTokenType.Array ? "an array" : "a string")}.";
}
