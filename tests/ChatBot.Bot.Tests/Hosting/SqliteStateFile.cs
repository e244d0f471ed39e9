using ChatBot.Bot.State.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Reads a bot process's SQLite state file directly, as an operator would (WAL lets it read while the bot runs).</summary>
public static class SqliteStateFile
{
    public sealed record Row(byte[] State, string Fingerprint, long Turns, long Version);

    /// <returns>The stored row, or null when there is none (or no file yet).</returns>
    public static async Task<Row?> ReadAsync(string databasePath, string conversationId, string channelId = "emulator")
    {
        if (!File.Exists(databasePath))
        {
            return null;
        }
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT state, model_fingerprint, turn_count, version FROM conversation_state
            WHERE channel_id = $channel AND conversation_id = $conversation
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", StoredId(databasePath, conversationId));
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new Row(reader.GetFieldValue<byte[]>(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)) : null;
    }

    /// <summary>What the file holds for <paramref name="conversationId"/>: its hash under the key file beside the database.</summary>
    public static string StoredId(string databasePath, string conversationId) =>
        ConversationIdKey.Load("", databasePath + ".key").Hash(conversationId);

    public static async Task<string?> IntegrityCheckAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync();
    }
}
