using System.Diagnostics;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// Makes files read-only in a way root cannot ignore: the file system's immutable attribute (`chattr +i`). Tests run
/// as root, which ignores mode bits, so `chmod 444` would prove nothing. Removed again on dispose.
/// </summary>
public sealed class ImmutableFiles : IDisposable
{
    private static readonly Lazy<string?> Unsupported = new(FindSkipReason);
    private readonly string[] _paths;

    private ImmutableFiles(string[] paths) => _paths = paths;

    /// <summary>Why immutable files cannot be made here (no chattr, no CAP_LINUX_IMMUTABLE, a file system without the attribute); null when they can.</summary>
    public static string? SkipReason => Unsupported.Value;

    /// <summary>Sets the attribute on every existing file of <paramref name="paths"/>.</summary>
    public static ImmutableFiles Set(params string[] paths)
    {
        var existing = paths.Where(File.Exists).ToArray();
        Chattr("+i", existing);
        return new ImmutableFiles(existing);
    }

    public void Dispose() => Chattr("-i", _paths);

    private static void Chattr(string change, string[] paths)
    {
        if (paths.Length == 0)
        {
            return;
        }
        var start = new ProcessStartInfo("chattr") { RedirectStandardError = true };
        start.ArgumentList.Add(change);
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {change} failed: {error.Trim()}");
        }
    }

    private static string? FindSkipReason()
    {
        using var directory = new TestDirectory();
        var probe = directory.File("probe");
        File.WriteAllText(probe, "x");
        try
        {
            using (Set(probe))
            {
                try
                {
                    File.AppendAllText(probe, "y");
                    return "the immutable attribute does not stop writes here";
                }
                catch (UnauthorizedAccessException)
                {
                    return null;
                }
                catch (IOException)
                {
                    return null;
                }
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "cannot make a file immutable (chattr +i): " + exception.Message;
        }
    }
}
