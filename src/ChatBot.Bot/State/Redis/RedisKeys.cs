using System.Globalization;
using System.Text;
using StackExchange.Redis;

namespace ChatBot.Bot.State.Redis;

/// <summary>
/// Key names. A conversation's keys hold its channel id and conversation id, the channel id preceded by its length,
/// so no two (channel, conversation) pairs share a key even when the ids contain the separator.
/// </summary>
public sealed class RedisKeys(string prefix)
{
    public RedisKey State(ConversationKey key) => prefix + "state:" + Identify(key);

    public RedisKey Lock(ConversationKey key) => prefix + "lock:" + Identify(key);

    /// <summary>A short-lived key the readiness probe writes and deletes.</summary>
    public RedisKey Probe(Guid id) => prefix + "probe:" + id.ToString("N");

    /// <summary>A SCAN pattern that matches every state key (and nothing else) under this prefix.</summary>
    public string StatePattern => EscapeGlob(prefix + "state:") + "*";

    private static string Identify(ConversationKey key) =>
        string.Create(CultureInfo.InvariantCulture, $"{key.ChannelId.Length}:{key.ChannelId}:{key.ConversationId}");

    private static string EscapeGlob(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (character is '*' or '?' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }
            escaped.Append(character);
        }
        return escaped.ToString();
    }
}
