using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// A redis-server child process on 127.0.0.1 and a random port, with its own folder. Can be stopped and started again
/// on the same port and folder (with <c>persistent</c>, its data survives that, as with a real deployment's AOF).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string RequireVariable = "CHATBOT_REQUIRE_REDIS";

    private readonly TestDirectory _directory = new();
    private readonly bool _persistent;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(bool persistent, int port)
    {
        _persistent = persistent;
        Port = port;
    }

    public int Port { get; private set; }

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public static string? Executable { get; } = FindExecutable();

    /// <summary>Why Redis tests are skipped here, or null when they must run (redis-server found, or required by CI).</summary>
    public static string? SkipReason =>
        Executable is null && Environment.GetEnvironmentVariable(RequireVariable) != "1"
            ? $"redis-server is not installed (apt-get install redis-server); set {RequireVariable}=1 to make this a failure instead of a skip"
            : null;

    public static async Task<RedisServer> StartAsync(bool persistent = false)
    {
        if (Executable is null)
        {
            Assert.Fail($"redis-server is required ({RequireVariable}=1) but is not installed; .ci/run installs it with apt-get.");
        }
        // A free port can be taken by someone else before redis-server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(persistent, FreePort.Find());
            try
            {
                await server.StartProcessAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Shuts the server down (SIGTERM: a persistent server writes its data first), as an operator or a crash of the host would.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            await ProcessSignals.TerminateAsync(process, TimeSpan.FromSeconds(10));
            process.Dispose();
            _process = null;
        }
    }

    /// <summary>Starts the server again on the same port and folder.</summary>
    public Task RestartAsync() => StartProcessAsync();

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Configuration + ",connectTimeout=5000");

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            ProcessSignals.KillNow(process);
            process.Dispose();
            _process = null;
        }
        _directory.Dispose();
    }

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory.Path,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--dir", _directory.Path, "--save", "", "--daemonize", "no",
                     "--appendonly", _persistent ? "yes" : "no", "--appendfsync", "always",
                 })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var clock = Stopwatch.StartNew();
        while (!await AnswersPingAsync())
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(15))
            {
                ProcessSignals.KillNow(process);
                _process = null;
                string output;
                lock (_output)
                {
                    output = _output.ToString();
                }
                throw new InvalidOperationException($"redis-server did not come up on port {Port}:\n{output}");
            }
            await Task.Delay(20);
        }
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

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private static string? FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin")
            .Select(folder => System.IO.Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
    }
}
