using ChatBot.Bot.Inference;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Turns of concurrent conversations decoded as one batch, through the real endpoint, model file and store.</summary>
public sealed class BatchedTurnTests : IAsyncLifetime
{
    private static readonly string[] Script = ["Hello there!", "Where do you live?"];
    private static readonly string[] Conversations = ["conv-a", "conv-b", "conv-c", "conv-d", "conv-e", "conv-f"];

    private readonly TestDirectory _batchedFolder = new();
    private readonly TestDirectory _aloneFolder = new();
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _batchedFolder.Dispose();
        _aloneFolder.Dispose();
    }

    [Fact]
    public async Task Concurrent_conversations_get_exactly_the_replies_and_stored_states_of_unbatched_turns_taken_one_at_a_time()
    {
        // Untrained replies run to the length limit; at the shipped hidden size 300 characters take long enough for the
        // conversations' turns to overlap.
        var settings = new Dictionary<string, string?> { ["Bot:Decoding:MaxReplyLength"] = "300" };
        UntrainedModels.Write(BotTestHost.ModelPath(_batchedFolder), seed: 31, hiddenSize: 256);
        UntrainedModels.Write(BotTestHost.ModelPath(_aloneFolder), seed: 31, hiddenSize: 256);

        Dictionary<string, (List<string> Replies, byte[] State)> batched;
        int peak;
        await using (var bot = await BotTestHost.StartAsync(_batchedFolder, new TestBotSetup { Settings = settings }))
        {
            var results = await Task.WhenAll(Conversations.Select(async id => (id, replies: await ConverseAsync(bot, id))));
            batched = [];
            foreach (var (id, replies) in results)
            {
                batched[id] = (replies, (await bot.StoredAsync(id))!.Record.State);
            }
            peak = bot.Get<InferenceScheduler>().Batches!.PeakConversations;
        }

        settings["Bot:Inference:Batching"] = "false";
        await using (var bot = await BotTestHost.StartAsync(_aloneFolder, new TestBotSetup { Settings = settings }))
        {
            Assert.Null(bot.Get<InferenceScheduler>().Batches);
            foreach (var id in Conversations)
            {
                var replies = await ConverseAsync(bot, id);
                Assert.Equal(batched[id].Replies, replies);
                Assert.Equal(batched[id].State, (await bot.StoredAsync(id))!.Record.State);
            }
        }
        Assert.True(peak > 1, $"the turns were expected to overlap in the batch; the largest batch held {peak}");
    }

    [Fact]
    public async Task A_batched_turn_that_times_out_gets_the_fallback_leaves_the_stored_state_unchanged_and_leaves_the_batch()
    {
        // The shipped hidden size: 10,000 decoder steps take far longer than the timeout on any machine.
        UntrainedModels.Write(BotTestHost.ModelPath(_batchedFolder), seed: 32, hiddenSize: 256);
        await using (var bot = await BotTestHost.StartAsync(_batchedFolder, new TestBotSetup { Settings = new() { ["Bot:Decoding:MaxReplyLength"] = "20" } }))
        {
            await AskAsync(bot, "conv-1", "one");
        }
        // Now a reply far longer than the timeout allows: 10,000 characters of the shipped-size model against the
        // shortest timeout the settings accept, which no machine can beat.
        var slow = new Dictionary<string, string?> { ["Bot:Decoding:MaxReplyLength"] = "10000", ["Bot:Inference:Timeout"] = "00:00:00.010" };
        await using (var bot = await BotTestHost.StartAsync(_batchedFolder, new TestBotSetup { Settings = slow }))
        {
            var before = await bot.StoredAsync("conv-1");

            var reply = await AskAsync(bot, "conv-1", "two");

            Assert.Equal(BotTexts.English.Fallback, reply);
            StoredAssert.Unchanged(before, await bot.StoredAsync("conv-1"));
            var batches = bot.Get<InferenceScheduler>().Batches!;
            await Eventually.TrueAsync(() => batches.ActiveConversations == 0, TimeSpan.FromSeconds(10), "the timed-out turn to leave the batch");
        }
    }

    private async Task<List<string>> ConverseAsync(BotTestHost bot, string conversationId)
    {
        var replies = new List<string>();
        foreach (var line in Script)
        {
            replies.Add(await AskAsync(bot, conversationId, line));
        }
        return replies;
    }

    private async Task<string> AskAsync(BotTestHost bot, string conversationId, string text)
    {
        var before = _connector.MessagesIn(conversationId).Count;
        await bot.SendAsync(Activities.Message(_connector.ServiceUrl, conversationId, text));
        return Assert.Single(_connector.TextsIn(conversationId).Skip(before));
    }
}
