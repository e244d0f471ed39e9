using System.Security.Cryptography;
using System.Text;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace ChatBot.Bot.Tests;

/// <summary>
/// The SQLite state file is readable by the bot's user only and names no conversation: ids are stored as their keyed
/// hash, under a key from the configuration or generated next to the data on first start.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix file modes; Windows uses ACLs
public sealed class StateFilePrivacyTests
{
    private const string ConversationId = "a:1Xq-private-conversation-id-77";
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_data_folder_is_created_0700_and_the_state_files_and_key_0600()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync(ConversationId, "hello");
        var database = BotTestHost.DatabasePath(bot.Directory);

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.GetDirectoryName(database)!));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(database));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(database + "-wal"));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(database + ".key"));
    }

    [Fact]
    public async Task A_state_file_readable_by_others_is_narrowed_to_its_owner()
    {
        using var directory = new TestDirectory();
        Directory.CreateDirectory(directory.File("data"));
        File.WriteAllBytes(BotTestHost.DatabasePath(directory), []);
        File.SetUnixFileMode(BotTestHost.DatabasePath(directory), OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Fakes.TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");

        await using (await BotTestHost.StartAsync(directory, new TestBotSetup { Loader = new Fakes.TestModelLoader() }))
        {
        }

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(BotTestHost.DatabasePath(directory)));
    }

    [Fact]
    public async Task The_state_file_holds_no_raw_conversation_id()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync(ConversationId, "hello");
        await bot.AskAsync(ConversationId, "again");
        var database = BotTestHost.DatabasePath(bot.Directory);

        var needle = Encoding.UTF8.GetBytes(ConversationId);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(database)!))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(needle) < 0, $"{file} contains the conversation id");
        }
        Assert.Equal(2, (await SqliteStateFile.ReadAsync(database, ConversationId))!.Turns);
    }

    [Fact]
    public async Task A_configured_key_is_used_and_no_key_file_is_written()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:StateStore:IdHashKey"] = Convert.ToHexString(key) });
        await bot.AskAsync(ConversationId, "hello");
        var database = BotTestHost.DatabasePath(bot.Directory);

        Assert.False(File.Exists(database + ".key"));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(ConversationId)));
        Assert.Equal([expected], await StoredIdsAsync(database));
    }

    [Fact]
    public async Task A_state_file_of_an_earlier_bot_with_raw_ids_is_converted_and_its_conversations_continue()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync(ConversationId, "hello");
        await bot.Host.StopAsync();
        var database = BotTestHost.DatabasePath(bot.Directory);
        // What the earlier bot left: schema version 1, the raw id, no key file.
        await ExecuteAsync(database, $"UPDATE conversation_state SET conversation_id = '{ConversationId}'; PRAGMA user_version = 1;");
        File.Delete(database + ".key");

        await bot.RestartAsync();

        Assert.StartsWith("alpha #2 ", await bot.AskAsync(ConversationId, "again"));
        Assert.DoesNotContain(ConversationId, await StoredIdsAsync(database));
    }

    [Fact]
    public async Task A_damaged_key_file_stops_start_up_with_a_message_naming_it()
    {
        using var directory = new TestDirectory();
        Directory.CreateDirectory(directory.File("data"));
        File.WriteAllText(BotTestHost.DatabasePath(directory) + ".key", "not a key");
        Fakes.TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");

        var failure = await Assert.ThrowsAsync<StateStoreUnavailableException>(() =>
            BotTestHost.StartAsync(directory, new TestBotSetup { Loader = new Fakes.TestModelLoader() }));

        Assert.StartsWith("The bot cannot start: The conversation id key file " + BotTestHost.DatabasePath(directory) + ".key", StartupFailure.Describe(failure));
    }

    private static async Task<string[]> StoredIdsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id FROM conversation_state";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return [.. ids];
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
