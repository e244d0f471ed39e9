namespace ChatBot.Trainer;

/// <summary>Process exit codes of the trainer CLI; scripts and CI rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input data is unusable: a missing or malformed corpus, an unreadable model file.</summary>
    public const int DataError = 1;

    /// <summary>The command line or the settings are wrong: unknown option, value out of range, conflicting options.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
