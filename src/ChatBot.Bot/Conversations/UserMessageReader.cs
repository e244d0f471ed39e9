using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Conversations;

/// <summary>Turns an incoming message activity into the text the model sees.</summary>
public static class UserMessageReader
{
    /// <param name="maxLength">Longest text kept, in characters (Unicode scalar values, as the model counts them).</param>
    public static UserMessage Read(IMessageActivity activity, int maxLength)
    {
        var text = RemoveOwnMention(activity);
        if (string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.OrdinalIgnoreCase))
        {
            // Teams sends the text with HTML entities (&nbsp;, &amp; …) left in.
            text = WebUtility.HtmlDecode(text);
        }
        text = Normalize(text);
        return Truncate(text, maxLength);
    }

    /// <summary>
    /// Removes the bot's own @mention ("&lt;at&gt;ChatBot&lt;/at&gt;" in Teams), found through the activity's mention
    /// entities that point at the recipient; mentions of other people stay, they are part of what was said.
    /// Not the SDK's RemoveRecipientMention: it throws on a mention entity without a "mentioned" account, on one that is
    /// not an object and on a message without text, which would fail the turn of a message we can answer.
    /// </summary>
    public static string RemoveOwnMention(IMessageActivity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text;
        }
        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            Mention mention;
            try
            {
                mention = entity.GetAs<Mention>();
            }
            catch (Newtonsoft.Json.JsonException)
            {
                continue; // A malformed entity is not ours to interpret.
            }
            if (string.Equals(mention?.Mentioned?.Id, botId, StringComparison.Ordinal) && !string.IsNullOrEmpty(mention!.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
            }
        }
        return text;
    }

    /// <summary>NFC, control and invisible format characters dropped, every run of white space made one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    public static UserMessage Truncate(string text, int maxLength)
    {
        var kept = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (kept == maxLength)
            {
                return new UserMessage(text[..index].TrimEnd(), WasTruncated: true);
            }
            kept++;
            index += rune.Utf16SequenceLength;
        }
        return new UserMessage(text, WasTruncated: false);
    }
}
