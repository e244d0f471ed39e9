using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>A conversation's state is keyed by channel and conversation id: nothing is shared across either.</summary>
public sealed class ChannelIsolationTests
{
    [Fact]
    public async Task The_same_conversation_id_in_two_channels_is_two_conversations()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(bot.Message("shared-id", "one", channelId: "msteams"));
        await bot.Host.SendAsync(bot.Message("shared-id", "two", channelId: "msteams"));
        await bot.Host.SendAsync(bot.Message("shared-id", "one", channelId: "webchat"));

        var replies = bot.Connector.TextsIn("shared-id");
        Assert.StartsWith("alpha #1 ", replies[0]);
        Assert.StartsWith("alpha #2 ", replies[1]);
        Assert.StartsWith("alpha #1 ", replies[2]);
        Assert.Equal(2, (await bot.Host.StoredAsync("shared-id", "msteams"))!.Record.TurnCount);
        Assert.Equal(1, (await bot.Host.StoredAsync("shared-id", "webchat"))!.Record.TurnCount);
    }

    [Fact]
    public async Task A_conversation_never_continues_from_another_conversations_state()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("first", "one");
        await bot.AskAsync("first", "two");

        var reply = await bot.AskAsync("second", "two");

        Assert.StartsWith("alpha #1 ", reply);
        Assert.NotEqual((await bot.Host.StoredAsync("first"))!.Record.State, (await bot.Host.StoredAsync("second"))!.Record.State);
    }
}
