using ChatBot.Bot.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ChatBot.Bot.State.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode (readers never wait for the writer), created with its
/// folder on first use, readable by the bot's user only. Conversation ids are kept as their keyed hash
/// (<see cref="ConversationIdKey"/>). Busy/locked errors from a concurrent writer are retried with backoff.
/// </summary>
public sealed class SqliteConversationStateStore : IConversationStateStore
{
    // 2: conversation ids are stored as their keyed hash (1 stored them as they came).
    private const int SchemaVersion = 2;
    private const int RawIdsSchemaVersion = 1;
    // SQLite's default page size, which the bot never changes.
    private const int PageBytes = 4096;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    // About the size of a conversation's state, so a probe needs fresh pages just as a turn's write does.
    private const int ProbeBytes = 16 * 1024;

    private readonly string _connectionString;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger<SqliteConversationStateStore> _logger;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    // SQLite has one writer at a time. Writers of this process queue here, asynchronously, instead of colliding in
    // SQLite: a collision answered SQLITE_BUSY, and Microsoft.Data.Sqlite then blocks its thread for 150 ms before
    // trying again, which under load put 150–300 ms stalls into turns (docs/performance.md).
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly int _busyTimeoutMilliseconds;
    private readonly long _maxPageCount;
    private readonly string _configuredIdKey;
    private ConversationIdKey? _ids;
    private volatile bool _initialized;

    public SqliteConversationStateStore(IOptions<StateStoreOptions> options, IHostEnvironment environment, ILogger<SqliteConversationStateStore> logger)
    {
        var settings = options.Value;
        _logger = logger;
        _busyTimeoutMilliseconds = settings.BusyTimeoutSeconds * 1000;
        _maxPageCount = settings.MaxSizeMegabytes == 0 ? 0 : settings.MaxSizeMegabytes * 1024L * 1024L / PageBytes;
        _configuredIdKey = settings.IdHashKey;
        DatabasePath = Path.Combine(ContentPaths.Resolve(environment, settings.DataDirectory), settings.FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries busy/locked statements internally until the command timeout runs out.
            DefaultTimeout = settings.BusyTimeoutSeconds,
        }.ToString();
        _retry = settings.MaxRetries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsTransient),
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    _logger.LogWarning("State store busy ({Error}); retry {Attempt} in {Delay} ms",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Full path of the SQLite file.</summary>
    public string DatabasePath { get; }

    public string Location => DatabasePath;

    /// <summary>The generated key of the conversation ids' hash, unless Bot:StateStore:IdHashKey gives one: next to the data, backed up with it.</summary>
    public string IdKeyPath => DatabasePath + ".key";

    public Task<StoredConversation?> GetAsync(ConversationKey key, CancellationToken cancellationToken) =>
        ExecuteAsync(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT state, model_fingerprint, turn_count, updated_at_ms, version
                FROM conversation_state WHERE channel_id = $channel AND conversation_id = $conversation
                """;
            AddKey(command, key);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }
            var record = new ConversationRecord(
                reader.GetFieldValue<byte[]>(0),
                reader.GetString(1),
                reader.GetInt64(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
            return new StoredConversation(record, reader.GetInt64(4));
        }, cancellationToken);

    public Task<bool> TryWriteAsync(ConversationKey key, ConversationRecord record, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return WriteAsync(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = expectedVersion == 0
                ? """
                  INSERT INTO conversation_state (channel_id, conversation_id, state, model_fingerprint, turn_count, updated_at_ms, version)
                  VALUES ($channel, $conversation, $state, $fingerprint, $turns, $updated, 1)
                  ON CONFLICT (channel_id, conversation_id) DO NOTHING
                  """
                : """
                  UPDATE conversation_state
                  SET state = $state, model_fingerprint = $fingerprint, turn_count = $turns, updated_at_ms = $updated, version = $expected + 1
                  WHERE channel_id = $channel AND conversation_id = $conversation AND version = $expected
                  """;
            AddKey(command, key);
            command.Parameters.AddWithValue("$state", record.State);
            command.Parameters.AddWithValue("$fingerprint", record.ModelFingerprint);
            command.Parameters.AddWithValue("$turns", record.TurnCount);
            command.Parameters.AddWithValue("$updated", record.UpdatedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$expected", expectedVersion);
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM conversation_state WHERE channel_id = $channel AND conversation_id = $conversation";
            AddKey(command, key);
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }, cancellationToken);

    public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM conversation_state WHERE updated_at_ms < $cutoff";
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>Writes a probe row of about a state's size and deletes it again (two commits), so a read-only or full file fails here.</summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        WriteAsync(async (connection, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT OR REPLACE INTO store_probe (id, payload) VALUES (1, zeroblob({ProbeBytes}))";
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = "DELETE FROM store_probe";
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private static bool IsTransient(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteBusy or SqliteLocked;

    /// <summary>
    /// A read-only, full, unreadable or corrupt file is an outage like an unreachable Redis: the turn gets the fallback
    /// reply and one warning naming the cause. Pooled connections are dropped so that recovery starts from fresh ones.
    /// </summary>
    private StateStoreUnavailableException? Unavailable(SqliteException exception)
    {
        var cause = SqliteFailure.Describe(exception);
        if (cause is null)
        {
            return null;
        }
        SqliteConnection.ClearAllPools();
        return new StateStoreUnavailableException($"The SQLite file {DatabasePath} {cause} ({exception.Message.TrimEnd('.')}).", exception);
    }

    private void AddKey(SqliteCommand command, ConversationKey key)
    {
        command.Parameters.AddWithValue("$channel", key.ChannelId);
        command.Parameters.AddWithValue("$conversation", _ids!.Hash(key.ConversationId));
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await ExecuteAsync(operation, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<T> ExecuteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureInitializedAsync(cancellationToken);
            return await RetryAsync(operation, cancellationToken);
        }
        catch (SqliteException exception) when (Unavailable(exception) is { } unavailable)
        {
            throw unavailable;
        }
    }

    private async Task<T> RetryAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        return await _retry.ExecuteAsync(async ct =>
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(ct);
            await using (var pragma = connection.CreateCommand())
            {
                // In WAL mode NORMAL never corrupts the file; a power cut may lose the last turns' states, which then
                // start afresh. FULL would fsync on every turn. The busy timeout lets SQLite itself wait for another
                // process's lock in short sleeps (Microsoft.Data.Sqlite's own retry sleeps 150 ms at a time).
                // max_page_count holds for this connection only, so it is set on every one (Bot:StateStore:MaxSizeMegabytes).
                pragma.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {_busyTimeoutMilliseconds}"
                    + (_maxPageCount > 0 ? $"; PRAGMA max_page_count = {_maxPageCount}" : "");
                await pragma.ExecuteNonQueryAsync(ct);
            }
            return await operation(connection, ct);
        }, cancellationToken);
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }
            PrivateFiles.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            // SQLite gives its -wal and -shm files the database file's permissions.
            PrivateFiles.EnsureFile(DatabasePath);
            var ids = ConversationIdKey.Load(_configuredIdKey, IdKeyPath);
            await _retry.ExecuteAsync(async ct =>
            {
                await using var connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync(ct);
                await CreateSchemaAsync(connection, ids, ct);
            }, cancellationToken);
            _ids = ids;
            _initialized = true;
            _logger.LogInformation("Conversation states are kept in {DatabasePath}", DatabasePath);
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    private static async Task CreateSchemaAsync(SqliteConnection connection, ConversationIdKey ids, CancellationToken cancellationToken)
    {
        int found;
        await using (var version = connection.CreateCommand())
        {
            version.CommandText = "PRAGMA user_version";
            found = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (found > SchemaVersion)
            {
                throw new InvalidOperationException(
                    $"The state file {connection.DataSource} has schema version {found}, newer than this bot's {SchemaVersion}; " +
                    "use a newer bot or another Bot:StateStore:DataDirectory.");
            }
        }
        if (found == RawIdsSchemaVersion)
        {
            // A file of an earlier bot: replace its raw conversation ids by their hash, in one transaction.
            connection.CreateFunction("chatbot_id_hash", (string id) => ids.Hash(id), isDeterministic: true);
            await using var migrate = connection.CreateCommand();
            migrate.CommandText = $"""
                BEGIN IMMEDIATE;
                UPDATE conversation_state SET conversation_id = chatbot_id_hash(conversation_id);
                PRAGMA user_version = {SchemaVersion};
                COMMIT;
                """;
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        // WAL is a property of the file, so setting it once here holds for every later connection.
        command.CommandText = $"""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS conversation_state (
                channel_id        TEXT    NOT NULL,
                conversation_id   TEXT    NOT NULL,
                state             BLOB    NOT NULL,
                model_fingerprint TEXT    NOT NULL,
                turn_count        INTEGER NOT NULL,
                updated_at_ms     INTEGER NOT NULL,
                version           INTEGER NOT NULL,
                PRIMARY KEY (channel_id, conversation_id)
            );
            CREATE INDEX IF NOT EXISTS conversation_state_by_update ON conversation_state (updated_at_ms);
            CREATE TABLE IF NOT EXISTS store_probe (id INTEGER PRIMARY KEY, payload BLOB NOT NULL);
            PRAGMA user_version = {SchemaVersion};
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
