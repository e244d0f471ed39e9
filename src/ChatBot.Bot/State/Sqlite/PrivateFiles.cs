namespace ChatBot.Bot.State.Sqlite;

/// <summary>
/// Files only the bot's own user may read: the conversation states and their key. A folder the bot creates is 0700 and
/// a file 0600; a file that already exists with wider permissions is narrowed. (No-ops on Windows, where ACLs apply.)
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupAndOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates <paramref name="path"/> (and missing parents) readable by the owner only; an existing folder is left as it is.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
        }
    }

    /// <summary>
    /// Creates an empty <paramref name="path"/> readable by the owner only, or narrows an existing one to that. Best
    /// effort: a folder the bot may not write to or a file it does not own is left for the caller's own access to
    /// report (SQLite names the actual problem).
    /// </summary>
    public static void EnsureFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            if (!File.Exists(path))
            {
                using var created = new FileStream(path, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = OwnerOnlyFile,
                });
                return;
            }
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupAndOthers) != 0)
            {
                File.SetUnixFileMode(path, mode & ~GroupAndOthers);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not ours to change (or created meanwhile): see the summary.
        }
    }

    /// <summary>Writes <paramref name="contents"/> to a new file readable by the owner only.</summary>
    /// <exception cref="IOException">The file exists already.</exception>
    public static void WriteNewFile(string path, string contents)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(contents);
    }
}
