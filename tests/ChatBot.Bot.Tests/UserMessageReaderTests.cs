using ChatBot.Bot.Conversations;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests;

public sealed class UserMessageReaderTests
{
    [Theory]
    [InlineData("  hello\r\n\tworld  ", "hello world")]
    [InlineData("tab\u00a0and\u2003spaces", "tab and spaces")]
    [InlineData("zero\u200bwidth\u0007bell", "zerowidthbell")]
    [InlineData("cafe\u0301", "café")]
    [InlineData("", "")]
    public void Text_is_NFC_normalised_white_space_collapsed_and_invisible_characters_dropped(string input, string expected)
    {
        Assert.Equal(expected, UserMessageReader.Normalize(input));
    }

    [Fact]
    public void Text_at_the_limit_is_kept_whole()
    {
        var message = UserMessageReader.Truncate("abcde", 5);

        Assert.Equal(new UserMessage("abcde", WasTruncated: false), message);
    }

    [Fact]
    public void Text_over_the_limit_is_cut_to_the_limit_counting_characters_not_UTF16_units()
    {
        var message = UserMessageReader.Truncate("😀😀😀😀", 3);

        Assert.Equal("😀😀😀", message.Text);
        Assert.True(message.WasTruncated);
    }

    [Fact]
    public void Only_the_bots_own_mention_is_removed()
    {
        var activity = TeamsMessage("<at>ChatBot</at> ask <at>Ana</at> please", ("bot-1", "<at>ChatBot</at>"), ("ana", "<at>Ana</at>"));

        Assert.Equal("ask <at>Ana</at> please", UserMessageReader.Read(activity, 100).Text);
    }

    [Fact]
    public void Html_entities_are_decoded_in_Teams_messages_only()
    {
        var teams = TeamsMessage("fish &amp; chips");
        var emulator = TeamsMessage("fish &amp; chips");
        emulator.ChannelId = "emulator";

        Assert.Equal("fish & chips", UserMessageReader.Read(teams, 100).Text);
        Assert.Equal("fish &amp; chips", UserMessageReader.Read(emulator, 100).Text);
    }

    [Fact]
    public void A_message_that_is_only_the_mention_reads_as_empty()
    {
        var activity = TeamsMessage("<at>ChatBot</at>", ("bot-1", "<at>ChatBot</at>"));

        Assert.Equal("", UserMessageReader.Read(activity, 100).Text);
    }

    [Fact]
    public void A_mention_entity_that_names_no_account_is_ignored_rather_than_failing_the_turn()
    {
        var activity = TeamsMessage("<at>ChatBot</at> hi", ("bot-1", "<at>ChatBot</at>"));
        activity.Entities.Add(new Entity("mention") { Properties = JObject.FromObject(new { text = "<at>Ana</at>" }) });

        Assert.Equal("hi", UserMessageReader.Read(activity, 100).Text);
    }

    [Fact]
    public void A_message_without_text_but_with_the_bots_mention_reads_as_empty()
    {
        var activity = TeamsMessage("", ("bot-1", "<at>ChatBot</at>"));
        activity.Text = null;

        Assert.Equal("", UserMessageReader.Read(activity, 100).Text);
    }

    private static Activity TeamsMessage(string text, params (string Id, string Text)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        Recipient = new ChannelAccount("bot-1", "ChatBot"),
        Entities = mentions.Select(mention => new Entity("mention")
        {
            Properties = JObject.FromObject(new { mentioned = new { id = mention.Id, name = mention.Id }, text = mention.Text }),
        }).ToList(),
    };
}
