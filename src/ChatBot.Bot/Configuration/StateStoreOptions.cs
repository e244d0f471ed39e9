using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Where conversation states are kept and for how long. Section "Bot:StateStore".</summary>
public sealed class StateStoreOptions
{
    public const string SectionName = "Bot:StateStore";

    /// <summary>Sqlite (one process, a local file) or Redis (shared by replicas; see <see cref="RedisStoreOptions"/>).</summary>
    public StateStoreProvider Provider { get; set; } = StateStoreProvider.Sqlite;

    /// <summary>Folder of the SQLite file, created on first run; a relative path resolves against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    public string FileName { get; set; } = "conversations.db";

    /// <summary>
    /// SQLite: the key (hex, at least 32 bytes) of the keyed hash under which conversation ids are stored. Empty: a key
    /// generated on first start, kept in "FileName.key" next to the file. A secret: never logged.
    /// </summary>
    public string IdHashKey { get; set; } = "";

    /// <summary>States not touched for this long are deleted by the background sweeper.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the sweeper runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one SQLite command waits for a lock held by another connection before it fails as busy.</summary>
    public int BusyTimeoutSeconds { get; set; } = 2;

    /// <summary>Retries (with exponential backoff and jitter) after a busy/locked error.</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Largest size of the SQLite file in MiB; 0 = only the file system limits it. Writes beyond it fail as on a full
    /// disk (the fallback reply, /readyz 503) until idle states are swept or deleted.
    /// </summary>
    public int MaxSizeMegabytes { get; set; }
}

internal sealed class StateStoreOptionsValidator : IValidateOptions<StateStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StateStoreOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = StateStoreOptions.SectionName;
        problems.Check(!string.IsNullOrWhiteSpace(options.DataDirectory), $"{prefix}:DataDirectory", "is empty; name a folder for the state file");
        problems.Check(!string.IsNullOrWhiteSpace(options.FileName) && options.FileName.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0,
            $"{prefix}:FileName", $"must be a plain file name, not '{options.FileName}'");
        // Never quote the value: it is a secret.
        problems.Check(string.IsNullOrEmpty(options.IdHashKey) || State.Sqlite.ConversationIdKey.IsKey(options.IdHashKey), $"{prefix}:IdHashKey",
            $"must be empty (a key is generated) or at least {State.Sqlite.ConversationIdKey.KeyBytes * 2} hex digits (e.g. from `openssl rand -hex 32`)");
        problems.CheckRange(options.IdleExpiry, TimeSpan.FromSeconds(1), TimeSpan.FromDays(3650), $"{prefix}:IdleExpiry");
        problems.CheckRange(options.SweepInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(30), $"{prefix}:SweepInterval");
        problems.CheckRange(options.BusyTimeoutSeconds, 1, 600, $"{prefix}:BusyTimeoutSeconds");
        problems.CheckRange(options.MaxRetries, 0, 100, $"{prefix}:MaxRetries");
        problems.CheckRange(options.MaxSizeMegabytes, 0, 1_000_000, $"{prefix}:MaxSizeMegabytes");
        problems.CheckRange(options.RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1), $"{prefix}:RetryBaseDelay");
        return problems.ToResult();
    }
}
