using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests;

/// <summary>Teams: the welcome only when the bot itself is added, no member look-ups, no buttons where the bot cannot see them.</summary>
public sealed class TeamsBehaviourTests
{
    private const string Channel = "19:general@thread.skype";

    [Fact]
    public async Task Adding_the_bot_to_a_team_welcomes_the_channel_once_and_asks_to_be_mentioned()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.TeamsMembersAdded(bot.Connector.ServiceUrl, Channel, "channel", Activities.BotId));

        var welcome = Assert.Single(bot.Connector.MessagesIn(Channel));
        Assert.Equal($"{BotTexts.English.Welcome}\n\n{BotTexts.English.MentionMe}", welcome.Text);
    }

    [Fact]
    public async Task The_welcome_in_a_channel_has_no_buttons_since_a_tapped_button_would_not_mention_the_bot()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.TeamsMembersAdded(bot.Connector.ServiceUrl, Channel, "channel", Activities.BotId));

        Assert.Empty(Assert.Single(bot.Connector.MessagesIn(Channel)).SuggestedActions);
    }

    [Fact]
    public async Task People_joining_a_team_get_no_welcome_and_their_profiles_are_not_fetched()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.TeamsMembersAdded(bot.Connector.ServiceUrl, Channel, "channel", "29:ana", "29:bruno"));

        Assert.Empty(bot.Connector.All);
        Assert.Equal(0, bot.Connector.MemberLookups);
    }

    [Fact]
    public async Task Adding_the_bot_together_with_people_welcomes_once_without_fetching_their_profiles()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.TeamsMembersAdded(bot.Connector.ServiceUrl, "19:chat@thread.v2", "groupChat", "29:ana", Activities.BotId));

        var welcome = Assert.Single(bot.Connector.MessagesIn("19:chat@thread.v2"));
        Assert.EndsWith(BotTexts.English.MentionMe, welcome.Text);
        Assert.Equal(0, bot.Connector.MemberLookups);
    }

    [Fact]
    public async Task Installing_the_bot_for_a_personal_chat_welcomes_with_buttons_and_no_mention_hint()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.TeamsMembersAdded(bot.Connector.ServiceUrl, "a:personal-1", "personal", Activities.BotId));

        var welcome = Assert.Single(bot.Connector.MessagesIn("a:personal-1"));
        Assert.Equal(BotTexts.English.Welcome, welcome.Text);
        Assert.Equal(BotTexts.English.WelcomeReplies.Count, welcome.SuggestedActions.Count);
    }

    [Theory]
    [InlineData("\"not an object\"")]
    [InlineData("[1, 2]")]
    [InlineData("{\"team\": \"not an object\"}")]
    public async Task A_Teams_update_with_malformed_channel_data_is_accepted_and_ignored_without_an_error(string channelData)
    {
        await using var bot = await BotScenario.StartAsync();
        var update = Activities.TeamsMembersAdded(bot.Connector.ServiceUrl, Channel, "channel", Activities.BotId)
            .With("channelData", JsonNode.Parse(channelData));

        using var response = await bot.Host.PostActivityAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.All);
        Assert.DoesNotContain(bot.Host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Help_in_a_group_chat_has_no_buttons()
    {
        await using var bot = await BotScenario.StartAsync();
        var message = bot.Message("19:chat@thread.v2", "/help", channelId: "msteams")
            .With("conversation", new JsonObject { ["id"] = "19:chat@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true });

        await bot.Host.SendAsync(message);

        var help = Assert.Single(bot.Connector.MessagesIn("19:chat@thread.v2"));
        Assert.Equal(BotTexts.English.Help, help.Text);
        Assert.Empty(help.SuggestedActions);
    }
}
