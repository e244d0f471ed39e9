using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Bot.State;

/// <summary>Identifies one conversation: conversation ids are only unique within a channel.</summary>
public readonly record struct ConversationKey
{
    public ConversationKey(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ChannelId = channelId;
        ConversationId = conversationId;
    }

    public string ChannelId { get; }
    public string ConversationId { get; }

    /// <summary>
    /// What logs show instead of the ids: conversation ids can identify people (Teams ids embed tenant and user
    /// ids), so logs carry a short hash that still lets one follow a conversation through the log.
    /// </summary>
    public string ToLogId()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ChannelId + "\n" + ConversationId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    public override string ToString() => ToLogId();
}
