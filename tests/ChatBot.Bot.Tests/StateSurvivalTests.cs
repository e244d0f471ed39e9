using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Conversation state is durable: it outlives the process, and only a model that made it may continue it.</summary>
public sealed class StateSurvivalTests
{
    private static readonly string[] Script = ["Hi there!", "What is your name?", "Where do you live?", "Nice to meet you."];

    [Fact]
    public async Task A_conversation_continued_after_a_restart_gets_exactly_the_replies_of_an_uninterrupted_run()
    {
        await using var bot = await BotScenario.StartAsync();
        var uninterrupted = new List<string>();
        foreach (var line in Script)
        {
            uninterrupted.Add(await bot.AskAsync("uninterrupted", line));
        }

        var interrupted = new List<string>();
        foreach (var line in Script[..2])
        {
            interrupted.Add(await bot.AskAsync("interrupted", line));
        }
        await bot.RestartAsync();
        foreach (var line in Script[2..])
        {
            interrupted.Add(await bot.AskAsync("interrupted", line));
        }
        var fresh = await bot.AskAsync("fresh", Script[^1]);

        Assert.Equal(uninterrupted, interrupted);
        Assert.NotEqual(uninterrupted[^1], fresh);
        Assert.Equal(Script.Length, (await bot.Host.StoredAsync("interrupted"))!.Record.TurnCount);
    }

    [Fact]
    public async Task A_state_made_by_another_model_is_dropped_and_the_conversation_starts_fresh()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");
        await bot.AskAsync("conv-1", "two");
        TestModelLoaderFile(bot, "beta", "beta-fp");
        await bot.RestartAsync();

        var reply = await bot.AskAsync("conv-1", "three");

        Assert.StartsWith("beta #1 ", reply);
        var stored = await bot.Host.StoredAsync("conv-1");
        Assert.Equal("beta-fp", stored!.Record.ModelFingerprint);
        Assert.Equal(1, stored.Record.TurnCount);
        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Message.Contains("starting it fresh") && entry.Message.Contains("alpha-fp"));
    }

    [Fact]
    public async Task A_stored_state_that_fails_to_deserialise_is_dropped_and_the_conversation_starts_fresh()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");
        await CorruptStoredStateAsync(bot, "conv-1");

        var reply = await bot.AskAsync("conv-1", "two");

        Assert.StartsWith("alpha #1 ", reply);
        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Message.Contains("unusable stored state"));
    }

    private static void TestModelLoaderFile(BotScenario bot, string name, string fingerprint) =>
        Fakes.TestModelLoader.WriteModelFile(bot.ModelPath, name, fingerprint);

    private static async Task CorruptStoredStateAsync(BotScenario bot, string conversationId)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={BotTestHost.DatabasePath(bot.Directory)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE conversation_state SET state = x'00112233' WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", SqliteStateFile.StoredId(BotTestHost.DatabasePath(bot.Directory), conversationId));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
