using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// The bot as a real process (<c>dotnet ChatBot.Bot.dll</c>, as deployed) on 127.0.0.1 and a free port, settings on its
/// command line. Ready once /readyz says so. Can be killed (SIGKILL) or stopped (SIGTERM); only ever by its PID.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far (its console log).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="contentRoot">The process's content root (relative paths in its settings resolve against it).</param>
    /// <param name="settings">Configuration keys, passed as --Key=value.</param>
    /// <param name="environment">Extra environment variables for the process.</param>
    public static async Task<BotProcess> StartAsync(string contentRoot, IReadOnlyDictionary<string, string?> settings,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Find();
            var bot = Launch(contentRoot, port, settings, environment);
            try
            {
                await bot.WaitUntilReadyAsync();
                return bot;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                await bot.DisposeAsync();
            }
            catch
            {
                await bot.DisposeAsync();
                throw;
            }
        }
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return Client.SendAsync(request);
    }

    /// <summary>Posts and checks the bot accepted the activity (HTTP 200).</summary>
    public async Task SendAsync(JsonObject activity)
    {
        using var response = await PostActivityAsync(activity);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>SIGKILL, as a crash would end it.</summary>
    public void Kill() => ProcessSignals.KillNow(_process);

    /// <summary>SIGTERM: a graceful shutdown.</summary>
    public Task<bool> StopAsync() => ProcessSignals.TerminateAsync(_process, TimeSpan.FromSeconds(20));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            await StopAsync();
        }
        _process.Dispose();
    }

    private static BotProcess Launch(string contentRoot, int port, IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = contentRoot,
        };
        // The bot's build output is copied next to the tests (with its runtimeconfig and deps files).
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        // Plain single-line console logs, to read in a failure message.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")));
        process.OutputDataReceived += (_, line) => bot.Append(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                var output = Output;
                if (output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
                {
                    throw new PortTakenException();
                }
                throw new InvalidOperationException($"The bot process exited with {_process.ExitCode} before it was ready:\n{output}");
            }
            try
            {
                using var response = await Client.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The bot process was not ready after {StartTimeout.TotalSeconds} s:\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    private sealed class PortTakenException : Exception;
}
