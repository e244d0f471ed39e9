using System.Globalization;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Tests;

/// <summary>The SQLite store survives the bot process being killed (SIGKILL) in the middle of a burst of turns.</summary>
public sealed class CrashRecoveryTests
{
    private const int Conversations = 6;
    private static readonly string[] Script = ["Hello there!", "What is your name?", "Where do you live?", "Nice to meet you.", "Obrigado."];

    [Fact]
    public async Task After_a_SIGKILL_during_a_burst_of_turns_every_stored_state_is_the_whole_state_of_a_finished_turn()
    {
        using var directory = new TestDirectory();
        await using var connector = await FakeBotConnector.StartAsync();
        UntrainedModels.Write(directory.File("model.chatbot"), seed: 31);
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Model:Path"] = directory.File("model.chatbot"),
            ["Bot:Model:ReloadOnChange"] = "false",
            ["Bot:Inference:MaxConcurrency"] = "2",
            ["Bot:Inference:Timeout"] = "00:00:30",
            ["Bot:Decoding:MaxReplyLength"] = "40",
            ["Bot:StateStore:DataDirectory"] = directory.File("data"),
            ["Bot:RateLimit:Enabled"] = "false",
        };

        var bot = await BotProcess.StartAsync(directory.Path, settings);
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, Conversations).Select(c => SendUntilStoppedAsync(bot, connector, $"crash-{c}", stop.Token)).ToArray();
        await Eventually.TrueAsync(() => Enumerable.Range(0, Conversations).Sum(c => connector.MessagesIn($"crash-{c}").Count) >= 5 * Conversations,
            TimeSpan.FromSeconds(60), "some turns of every conversation");
        bot.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(senders);
        await bot.DisposeAsync();

        Assert.Equal("ok", await SqliteStateFile.IntegrityCheckAsync(Database(directory)));
        await using var restarted = await BotProcess.StartAsync(directory.Path, settings);
        for (var c = 0; c < Conversations; c++)
        {
            var conversation = $"crash-{c}";
            var stored = (await SqliteStateFile.ReadAsync(Database(directory), conversation))!;
            var turns = stored.Turns;
            var delivered = connector.MessagesIn(conversation).Count;
            // The state is written before its reply is sent: the kill may fall between the two, never before the write.
            Assert.InRange(turns, delivered, delivered + 1);
            _ = ConversationState.FromBytes(stored.State, stored.Fingerprint);

            // Not torn: exactly the state that the same turns produce in an uninterrupted conversation.
            for (var turn = 0; turn < turns; turn++)
            {
                await restarted.SendAsync(Activities.Message(connector.ServiceUrl, $"replay-{c}", Line(turn)));
            }
            Assert.Equal(stored.State, (await SqliteStateFile.ReadAsync(Database(directory), $"replay-{c}"))?.State);

            await restarted.SendAsync(Activities.Message(connector.ServiceUrl, conversation, Line((int)turns)));
            Assert.Equal(turns + 1, (await SqliteStateFile.ReadAsync(Database(directory), conversation))!.Turns);
        }
    }

    private static string Database(TestDirectory directory) => directory.File("data/conversations.db");

    private static string Line(int turn) => string.Create(CultureInfo.InvariantCulture, $"{Script[turn % Script.Length]} {turn}");

    /// <summary>One conversation's messages, each sent when the previous one was answered, until the bot dies or the test stops it.</summary>
    private static async Task SendUntilStoppedAsync(BotProcess bot, FakeBotConnector connector, string conversation, CancellationToken stop)
    {
        for (var turn = 0; turn < 500 && !stop.IsCancellationRequested; turn++)
        {
            try
            {
                using var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, conversation, Line(turn)));
                if (!response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return;
            }
        }
    }
}
