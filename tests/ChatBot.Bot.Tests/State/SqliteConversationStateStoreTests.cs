using ChatBot.Bot.Configuration;
using ChatBot.Bot.State;
using ChatBot.Bot.State.Sqlite;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.State;

/// <summary>The SQLite store: the store contract on a file in a fresh folder, plus WAL mode, busy retries and the schema version.</summary>
public sealed class SqliteConversationStateStoreTests : ConversationStateStoreContract, IDisposable
{
    private readonly TestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_data_folder_and_a_WAL_mode_database_are_created_on_first_use()
    {
        var store = CreateSqliteStore();

        await store.PingAsync(CancellationToken.None);

        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal("wal", await ScalarAsync(store, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_write_blocked_by_another_writer_is_retried_until_the_lock_is_released()
    {
        var store = CreateSqliteStore(busyTimeoutSeconds: 1, retries: 6);
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
        var store = CreateSqliteStore();
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

    protected override IConversationStateStore CreateStore() => CreateSqliteStore();

    private SqliteConversationStateStore CreateSqliteStore(int busyTimeoutSeconds = 2, int retries = 4) =>
        new(Options.Create(new StateStoreOptions
            {
                DataDirectory = "state",
                BusyTimeoutSeconds = busyTimeoutSeconds,
                MaxRetries = retries,
                RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            }),
            new FixedEnvironment(_directory.Path),
            NullLogger<SqliteConversationStateStore>.Instance);

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
