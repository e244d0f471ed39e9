using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// The shared Redis store that lets several bot replicas serve the same conversations. Section "Bot:StateStore:Redis";
/// used when Bot:StateStore:Provider is Redis.
/// </summary>
public sealed class RedisStoreOptions
{
    public const string SectionName = "Bot:StateStore:Redis";

    /// <summary>A StackExchange.Redis configuration string: "host:port", plus e.g. ",ssl=true,password=…". A secret: never logged.</summary>
    public string Configuration { get; set; } = "127.0.0.1:6379";

    /// <summary>Start of every key the bot writes, so several bots (or other applications) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "chatbot:";

    /// <summary>How long one Redis command may take before the turn gives up on it.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long connecting may take.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Lifetime of a conversation's lock without renewal: the holder renews it every third of this while its turn runs,
    /// so it only matters when a replica dies holding it. Then the conversation waits at most this long.
    /// </summary>
    public TimeSpan LockExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the conversation's earlier turn on another replica before it gives up politely.</summary>
    public TimeSpan LockWaitTimeout { get; set; } = TimeSpan.FromSeconds(20);
}

internal sealed class RedisStoreOptionsValidator : IValidateOptions<RedisStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisStoreOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = RedisStoreOptions.SectionName;
        // Never quote the value: a configuration string may carry a password.
        problems.Check(IsParsable(options.Configuration), $"{prefix}:Configuration",
            "must be a Redis configuration string such as redis.internal:6380,ssl=true,password=… (the value is not shown here, as it may hold a password)");
        problems.Check(options.KeyPrefix.Length <= 200, $"{prefix}:KeyPrefix", "must be at most 200 characters");
        problems.CheckRange(options.OperationTimeout, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(5), $"{prefix}:OperationTimeout");
        problems.CheckRange(options.ConnectTimeout, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(5), $"{prefix}:ConnectTimeout");
        problems.CheckRange(options.LockExpiry, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), $"{prefix}:LockExpiry");
        problems.CheckRange(options.LockWaitTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), $"{prefix}:LockWaitTimeout");
        return problems.ToResult();
    }

    private static bool IsParsable(string configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return false;
        }
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
