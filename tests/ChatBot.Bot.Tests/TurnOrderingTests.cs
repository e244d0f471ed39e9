using ChatBot.Bot.Conversations;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Messages of one conversation are answered one after another; different conversations in parallel.</summary>
public sealed class TurnOrderingTests
{
    [Fact]
    public async Task A_burst_of_concurrent_messages_in_one_conversation_gets_every_reply_and_loses_no_state_update()
    {
        const int burst = 12;
        await using var bot = await BotScenario.StartAsync();
        bot.Loader.Behaviour.Delay = TimeSpan.FromMilliseconds(20);

        await Task.WhenAll(Enumerable.Range(1, burst).Select(i => bot.Host.SendAsync(bot.Message("conv-1", $"message {i}"))));

        var replies = bot.Connector.TextsIn("conv-1");
        Assert.Equal(burst, replies.Count);
        // Each reply carries the model's turn number: a lost update would make two replies share one.
        var turnNumbers = replies.Select(reply => int.Parse(reply.Split('#', ' ')[2])).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, burst), turnNumbers);
        Assert.Equal(burst, (await bot.Host.StoredAsync("conv-1"))!.Record.TurnCount);
        Assert.Equal(1, bot.Loader.Loaded.Single().MaxConcurrentTurns);
        Assert.Equal(0, bot.Host.Get<ConversationGate>().ActiveConversations);
    }

    [Fact]
    public async Task Different_conversations_are_answered_concurrently()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Inference:MaxConcurrency"] = "4" });
        bot.Loader.Behaviour.Delay = TimeSpan.FromMilliseconds(300);

        await Task.WhenAll(Enumerable.Range(1, 4).Select(i => bot.Host.SendAsync(bot.Message($"conv-{i}", "hello"))));

        Assert.True(bot.Loader.Loaded.Single().MaxConcurrentTurns > 1);
        for (var i = 1; i <= 4; i++)
        {
            Assert.StartsWith("alpha #1 ", Assert.Single(bot.Connector.TextsIn($"conv-{i}")));
        }
    }
}
