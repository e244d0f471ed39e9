namespace ChatBot.Shared;

/// <summary>
/// Process exit codes of the repository's command-line tools (the trainer and the Teams manifest packer); scripts and
/// CI rely on them. One table, compiled into each tool (linked from src/Shared).
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input data is unusable: a missing or malformed corpus, model file, manifest or icon (the message names the file, and the line where there is one).</summary>
    public const int DataError = 1;

    /// <summary>The command line or the settings are wrong: unknown option, missing or malformed value, value out of range, conflicting options, unreadable settings file.</summary>
    public const int Usage = 2;

    /// <summary>An output could not be written (permissions, disk full, …); nothing half-written is left behind.</summary>
    public const int WriteFailed = 3;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
