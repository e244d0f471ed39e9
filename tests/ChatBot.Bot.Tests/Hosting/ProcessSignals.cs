using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Signals for child processes the tests started (by PID, never by name).</summary>
public static class ProcessSignals
{
    private const int SigTerm = 15;

    /// <summary>Asks the process to shut down (SIGTERM) and waits for it; kills it when it does not exit in time.</summary>
    /// <returns>Whether it exited by itself.</returns>
    public static async Task<bool> TerminateAsync(Process process, TimeSpan timeout)
    {
        if (process.HasExited)
        {
            return true;
        }
        _ = Kill(process.Id, SigTerm);
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            KillNow(process);
            return false;
        }
    }

    /// <summary>SIGKILL: the process gets no chance to clean up, as in a crash or an out-of-memory kill.</summary>
    public static void KillNow(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.WaitForExit(10_000);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
