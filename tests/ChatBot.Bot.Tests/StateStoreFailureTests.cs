using System.Net;
using ChatBot.Bot.Localization;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests;

/// <summary>
/// A SQLite file that cannot be written (read-only, full) is an outage like an unreachable Redis: start-up refuses,
/// readiness says 503, turns get the fallback reply with one warning naming the cause and without running the model,
/// and the bot recovers by itself when the file takes writes again.
/// </summary>
public sealed class StateStoreFailureTests
{
    private static readonly Dictionary<string, string?> OneMegabyteFile = new() { ["Bot:StateStore:MaxSizeMegabytes"] = "1" };

    [Fact]
    public async Task A_full_state_file_makes_readyz_answer_503()
    {
        await using var bot = await BotScenario.StartAsync(OneMegabyteFile);
        await bot.AskAsync("conv-1", "hello");

        await FillAsync(bot);
        using var ready = await bot.Host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task A_turn_on_a_full_state_file_gets_the_fallback_and_one_warning_naming_the_cause_without_a_stack_trace()
    {
        await using var bot = await BotScenario.StartAsync(OneMegabyteFile);
        await bot.AskAsync("conv-1", "hello");
        await FillAsync(bot);

        var reply = await bot.AskAsync("conv-2", "hello");

        Assert.Equal(BotTexts.English.Fallback, reply);
        var turnLine = Assert.Single(bot.Host.Logs.Entries, entry => entry.Message.Contains("Sent the fallback reply; nothing was stored"));
        Assert.Equal(LogLevel.Warning, turnLine.Level);
        Assert.Contains("is full", turnLine.Message);
        Assert.DoesNotContain(bot.Host.Logs.Entries, IsErrorOrStackTrace);
    }

    [Fact]
    public async Task Once_the_store_refused_a_write_later_turns_do_not_run_the_model()
    {
        await using var bot = await BotScenario.StartAsync(OneMegabyteFile);
        await bot.AskAsync("conv-1", "hello");
        await FillAsync(bot);
        await bot.AskAsync("conv-2", "the first turn finds out");
        var callsBefore = bot.Loader.Loaded.Single().RespondCalls;

        var reply = await bot.AskAsync("conv-3", "hello");

        Assert.Equal(BotTexts.English.Fallback, reply);
        Assert.Equal(callsBefore, bot.Loader.Loaded.Single().RespondCalls);
    }

    [Fact]
    public async Task When_space_is_freed_the_bot_recovers_without_a_restart()
    {
        await using var bot = await BotScenario.StartAsync(OneMegabyteFile);
        await bot.AskAsync("conv-1", "hello");
        await FillAsync(bot);
        Assert.Equal(BotTexts.English.Fallback, await bot.AskAsync("conv-2", "refused"));

        await ExecuteAsync(bot, "DELETE FROM conversation_state WHERE channel_id = 'filler'");
        using var ready = await bot.Host.Client.GetAsync("/readyz");
        var reply = await bot.AskAsync("conv-1", "hello again");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.StartsWith("alpha #2 ", reply);
    }

    [ImmutableFileFact]
    public async Task A_state_file_that_became_read_only_gets_the_fallback_and_readyz_503_until_it_is_writable_again()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "hello");
        var database = BotTestHost.DatabasePath(bot.Directory);

        string refused;
        HttpStatusCode readyWhileReadOnly;
        using (ImmutableFiles.Set(database, database + "-wal"))
        {
            refused = await bot.AskAsync("conv-1", "refused");
            using var ready = await bot.Host.Client.GetAsync("/readyz");
            readyWhileReadOnly = ready.StatusCode;
        }
        using var readyAfter = await bot.Host.Client.GetAsync("/readyz");
        var reply = await bot.AskAsync("conv-1", "hello again");

        Assert.Equal(BotTexts.English.Fallback, refused);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileReadOnly);
        Assert.Contains(bot.Host.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains(database));
        Assert.DoesNotContain(bot.Host.Logs.Entries, IsErrorOrStackTrace);
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);
        Assert.StartsWith("alpha #2 ", reply);
    }

    [ImmutableFileFact]
    public async Task The_bot_does_not_start_on_a_read_only_state_file_and_says_so()
    {
        await using (var first = await BotScenario.StartAsync())
        {
            await first.AskAsync("conv-1", "hello");
            await first.Host.StopAsync();
            // As for a new process: no connection opened before the file became read-only.
            SqliteConnection.ClearAllPools();
            var database = BotTestHost.DatabasePath(first.Directory);
            using (ImmutableFiles.Set(database, database + "-wal"))
            {
                var failure = await Assert.ThrowsAsync<StateStoreUnavailableException>(first.RestartAsync);

                Assert.Contains("is read-only", failure.Message);
                Assert.Equal("The bot cannot start: " + failure.Message, StartupFailure.Describe(failure));
            }
        }
    }

    /// <summary>
    /// Fills the file up to its 1 MiB limit with filler rows, written by another connection under the same limit:
    /// large rows first, then ever smaller ones, until not even a small row fits.
    /// </summary>
    private static async Task FillAsync(BotScenario bot)
    {
        await using var connection = new SqliteConnection($"Data Source={BotTestHost.DatabasePath(bot.Directory)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA max_page_count = 256";
        await command.ExecuteNonQueryAsync();
        command.CommandText = """
            INSERT INTO conversation_state (channel_id, conversation_id, state, model_fingerprint, turn_count, updated_at_ms, version)
            VALUES ('filler', $id, zeroblob($size), 'none', 1, 0, 1)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var size = command.Parameters.Add("$size", SqliteType.Integer);
        var rows = 0;
        foreach (var bytes in new[] { 64 * 1024, 4096, 256, 1 })
        {
            try
            {
                while (true)
                {
                    id.Value = $"filler-{rows++}";
                    size.Value = bytes;
                    await command.ExecuteNonQueryAsync();
                }
            }
            catch (SqliteException full) when (full.SqliteErrorCode == 13)
            {
                // This size no longer fits; try a smaller one.
            }
        }
    }

    /// <summary>An error or stack trace from the bot's own code (Polly may log a cancelled typing indicator with its exception at Debug).</summary>
    private static bool IsErrorOrStackTrace(CapturingLoggerProvider.LogEntry entry) =>
        entry.Category.StartsWith("ChatBot", StringComparison.Ordinal) && (entry.Exception is not null || entry.Level >= LogLevel.Error);

    private static async Task ExecuteAsync(BotScenario bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={BotTestHost.DatabasePath(bot.Directory)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
