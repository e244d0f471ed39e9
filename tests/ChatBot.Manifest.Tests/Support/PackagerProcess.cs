using System.Diagnostics;

namespace ChatBot.Manifest.Tests.Support;

/// <summary>Runs the built packer (ChatBot.Manifest.dll, copied next to the tests) as a child process.</summary>
internal static class PackagerProcess
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <param name="appIdVariable">Value of the MicrosoftAppId environment variable; empty masks any appsettings.json value.</param>
    public static async Task<Outcome> RunAsync(string workingDirectory, string appIdVariable, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.Manifest.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MicrosoftAppId"] = appIdVariable;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the packer process did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeLimit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the packer did not finish within {TimeLimit.TotalSeconds} s");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }
}
