using Microsoft.Data.Sqlite;

namespace ChatBot.Bot.State.Sqlite;

/// <summary>The SQLite errors that mean the file itself cannot be used (rather than a busy moment or a bug), in words for the log.</summary>
public static class SqliteFailure
{
    // Primary result codes, https://sqlite.org/rescode.html
    private const int Permission = 3;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <returns>What is wrong with the file ("is read-only", …), or null when <paramref name="exception"/> is not about the file.</returns>
    public static string? Describe(SqliteException exception) => exception.SqliteErrorCode switch
    {
        ReadOnly or Permission => "is read-only",
        Full => "is full (no space left on its file system, or Bot:StateStore:MaxSizeMegabytes reached)",
        IoError => "cannot be read or written (I/O error)",
        CannotOpen => "cannot be opened",
        Corrupt or NotADatabase => "is damaged (restore a backup, see docs/operations.md)",
        _ => null,
    };
}
