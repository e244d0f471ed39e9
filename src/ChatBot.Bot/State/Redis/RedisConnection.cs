using ChatBot.Bot.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.State.Redis;

/// <summary>
/// The process's one connection to Redis (StackExchange.Redis multiplexes every command over it), opened on first use.
/// While Redis is unreachable commands fail at once instead of queueing, so turns get the fallback reply quickly;
/// the connection is re-established in the background and the bot recovers without a restart.
/// </summary>
public sealed class RedisConnection(IOptions<RedisStoreOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    // Options are read on first use, not in the constructor: start-up validation reports every bad setting at once.
    private string? _endpoints;

    /// <summary>The configured servers, for log lines and messages (never the password).</summary>
    public string Endpoints => _endpoints ??= DescribeEndpoints(options.Value.Configuration);

    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken) =>
        (await GetMultiplexerAsync(cancellationToken)).GetDatabase();

    public async Task<IConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _multiplexer) is { } connected)
        {
            return connected;
        }
        await _connectLock.WaitAsync(cancellationToken);
        try
        {
            if (_multiplexer is null)
            {
                var multiplexer = await ConnectAsync();
                multiplexer.ConnectionFailed += (_, args) => logger.LogWarning(
                    "Lost the connection to Redis at {Endpoint} ({FailureType}, {ConnectionType}); turns get the fallback reply until it is back",
                    args.EndPoint, args.FailureType, args.ConnectionType);
                multiplexer.ConnectionRestored += (_, args) => logger.LogInformation(
                    "Reconnected to Redis at {Endpoint} ({ConnectionType})", args.EndPoint, args.ConnectionType);
                Volatile.Write(ref _multiplexer, multiplexer);
            }
            return _multiplexer;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <summary>What a failed Redis call becomes: the reason without the command (its key holds a conversation id).</summary>
    public StateStoreUnavailableException Unavailable(Exception exception)
    {
        var reason = exception switch
        {
            RedisConnectionException connection => $"no connection: {connection.FailureType}",
            RedisTimeoutException => $"no answer within {options.Value.OperationTimeout.TotalSeconds:0.###} s",
            RedisServerException server => $"server error: {server.Message.Split(' ', 2)[0]}",
            _ => exception.GetType().Name,
        };
        return new StateStoreUnavailableException($"Redis at {Endpoints} is unavailable ({reason}).", exception);
    }

    /// <summary>Whether <paramref name="exception"/> means Redis could not be reached or could not serve the command.</summary>
    public static bool IsFailure(Exception exception) => exception is RedisException or RedisTimeoutException;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _multiplexer, null) is { } multiplexer)
        {
            await multiplexer.CloseAsync();
            await multiplexer.DisposeAsync();
        }
        _connectLock.Dispose();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var settings = options.Value;
        var configuration = ConfigurationOptions.Parse(settings.Configuration);
        // Keep trying in the background rather than failing for good when Redis is down at the moment of connecting.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = (int)settings.ConnectTimeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)settings.OperationTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)settings.OperationTimeout.TotalMilliseconds;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new ExponentialRetry(250, 5000);
        configuration.ClientName ??= "chatbot";
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(configuration);
        }
        catch (Exception exception) when (IsFailure(exception) || exception is ArgumentException)
        {
            throw Unavailable(exception);
        }
    }

    private static string DescribeEndpoints(string configuration)
    {
        try
        {
            return string.Join(",", ConfigurationOptions.Parse(configuration).EndPoints.Select(EndPointCollection.ToString));
        }
        catch (ArgumentException)
        {
            return "(unparsable configuration)";
        }
    }
}
