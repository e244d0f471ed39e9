using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

public sealed class SqliteConversationStateStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Key = new("msteams", "conv-1");

    private readonly TestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_data_folder_and_a_WAL_mode_database_are_created_on_first_use()
    {
        var store = CreateStore();

        await store.PingAsync(CancellationToken.None);

        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal("wal", await ScalarAsync(store, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_first_write_reads_back_as_version_1()
    {
        var store = CreateStore();

        Assert.True(await store.TryWriteAsync(Key, Record([1, 2, 3], turns: 1), 0, CancellationToken.None));
        var stored = await store.GetAsync(Key, CancellationToken.None);

        Assert.Equal(1, stored!.Version);
        Assert.Equal([1, 2, 3], stored.Record.State);
        Assert.Equal("model-a", stored.Record.ModelFingerprint);
        Assert.Equal(1, stored.Record.TurnCount);
        Assert.Equal(Noon, stored.Record.UpdatedAt);
    }

    [Fact]
    public async Task A_write_based_on_the_current_version_replaces_the_record_and_increments_the_version()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.True(await store.TryWriteAsync(Key, Record([2], turns: 2), 1, CancellationToken.None));

        var stored = await store.GetAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal([2], stored.Record.State);
    }

    [Fact]
    public async Task A_write_based_on_a_stale_version_is_refused_and_changes_nothing()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        await store.TryWriteAsync(Key, Record([2], turns: 2), 1, CancellationToken.None);

        Assert.False(await store.TryWriteAsync(Key, Record([9], turns: 9), 1, CancellationToken.None));

        var stored = await store.GetAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal([2], stored.Record.State);
    }

    [Fact]
    public async Task A_first_write_for_a_conversation_someone_else_already_stored_is_refused()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.False(await store.TryWriteAsync(Key, Record([9], turns: 1), 0, CancellationToken.None));
        Assert.Equal([1], (await store.GetAsync(Key, CancellationToken.None))!.Record.State);
    }

    [Fact]
    public async Task The_same_conversation_id_in_two_channels_is_two_conversations()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.Null(await store.GetAsync(new ConversationKey("webchat", Key.ConversationId), CancellationToken.None));
    }

    [Fact]
    public async Task Delete_removes_that_conversation_only_and_says_whether_there_was_one()
    {
        var store = CreateStore();
        var other = new ConversationKey("msteams", "conv-2");
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        await store.TryWriteAsync(other, Record([2], turns: 1), 0, CancellationToken.None);

        Assert.True(await store.DeleteAsync(Key, CancellationToken.None));
        Assert.False(await store.DeleteAsync(Key, CancellationToken.None));
        Assert.Null(await store.GetAsync(Key, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(other, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_idle_records_removes_exactly_those_last_updated_before_the_cutoff()
    {
        var store = CreateStore();
        var old = new ConversationKey("msteams", "old");
        var recent = new ConversationKey("msteams", "recent");
        await store.TryWriteAsync(old, Record([1], turns: 1, at: Noon.AddDays(-31)), 0, CancellationToken.None);
        await store.TryWriteAsync(recent, Record([2], turns: 1, at: Noon.AddDays(-29)), 0, CancellationToken.None);

        Assert.Equal(1, await store.DeleteIdleAsync(Noon.AddDays(-30), CancellationToken.None));
        Assert.Null(await store.GetAsync(old, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(recent, CancellationToken.None));
    }

    [Fact]
    public async Task Records_are_still_there_for_a_new_store_on_the_same_file()
    {
        await CreateStore().TryWriteAsync(Key, Record([7, 7], turns: 3), 0, CancellationToken.None);

        var stored = await CreateStore().GetAsync(Key, CancellationToken.None);

        Assert.Equal([7, 7], stored!.Record.State);
        Assert.Equal(3, stored.Record.TurnCount);
    }

    [Fact]
    public async Task A_write_blocked_by_another_writer_is_retried_until_the_lock_is_released()
    {
        var store = CreateStore(busyTimeoutSeconds: 1, retries: 6);
        await store.PingAsync(CancellationToken.None);
        await using var blocker = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var write = store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // Longer than the busy timeout: the first attempt fails as busy.
        await using (var commit = blocker.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
        }

        Assert.True(await write);
        Assert.NotNull(await store.GetAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_database_with_a_newer_schema_is_refused_with_a_message_saying_what_to_do()
    {
        var store = CreateStore();
        Directory.CreateDirectory(Path.GetDirectoryName(store.DatabasePath)!);
        await using (var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            await command.ExecuteNonQueryAsync();
        }

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => store.PingAsync(CancellationToken.None));

        Assert.Contains("schema version 99", failure.Message);
        Assert.Contains("Bot:StateStore:DataDirectory", failure.Message);
    }

    private SqliteConversationStateStore CreateStore(int busyTimeoutSeconds = 2, int retries = 4) =>
        new(Options.Create(new StateStoreOptions
            {
                DataDirectory = "state",
                BusyTimeoutSeconds = busyTimeoutSeconds,
                MaxRetries = retries,
                RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            }),
            new FixedEnvironment(_directory.Path),
            NullLogger<SqliteConversationStateStore>.Instance);

    private static ConversationRecord Record(byte[] state, long turns, DateTimeOffset? at = null) =>
        new(state, "model-a", turns, at ?? Noon);

    private static async Task<string?> ScalarAsync(SqliteConversationStateStore store, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    private sealed class FixedEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "ChatBot.Bot.Tests";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
