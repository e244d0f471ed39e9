namespace ChatBot.Trainer;

/// <summary>
/// A failure the user can fix, reported as one line on stderr (no stack trace) with <see cref="ExitCode"/>.
/// </summary>
public sealed class CommandFailedException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CommandFailedException Usage(string message) => new(ExitCodes.Usage, message);

    public static CommandFailedException DataError(string message, Exception? inner = null) => new(ExitCodes.DataError, message, inner);
}
