using System.Collections.Concurrent;
using ChatBot.Bot.Configuration;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.SdkWorkarounds;

/// <summary>
/// One Bot Connector client per (bot app id, service URL, audience), reused across turns.
/// </summary>
/// <remarks>
/// The SDK's connector factory builds a new <see cref="ConnectorClient"/> for every turn, and each one brings fresh
/// Newtonsoft contract resolvers, so every turn re-reflected the Activity schema and emitted new dynamic methods:
/// about 10 ms of CPU per turn on the project machine, most of an echo turn (docs/performance.md). A client is replaced
/// after <see cref="ConnectorOptions.ClientLifetime"/> so that it does not pin one HTTP handler (and its DNS answers)
/// forever; a replaced client is left to turns still using it and to the garbage collector, never disposed under them.
/// </remarks>
public sealed class ConnectorClientCache(IOptions<ConnectorOptions> options, TimeProvider timeProvider)
{
    /// <summary>Service URLs are few (one per channel region); more than this means something odd, so start over.</summary>
    public const int MaxEntries = 256;

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();

    /// <summary>Clients created so far (for tests and diagnostics).</summary>
    public int CreatedCount => _created;

    private int _created;

    public async Task<IConnectorClient> GetOrCreateAsync(string appId, string serviceUrl, string? audience, Func<Task<IConnectorClient>> create)
    {
        var key = new Key(appId, serviceUrl, audience ?? "");
        var now = timeProvider.GetUtcNow();
        if (!_entries.TryGetValue(key, out var entry) || now - entry.CreatedAt >= options.Value.ClientLifetime)
        {
            if (entry is not null)
            {
                _entries.TryRemove(new KeyValuePair<Key, Entry>(key, entry));
            }
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }
            entry = _entries.GetOrAdd(key, _ => new Entry(now, new Lazy<Task<IConnectorClient>>(() => CreateAsync(create))));
        }
        try
        {
            return new SharedConnectorClient(await entry.Client.Value.ConfigureAwait(false));
        }
        catch
        {
            // A failed creation (e.g. no token) must not stick: the next turn tries again.
            _entries.TryRemove(new KeyValuePair<Key, Entry>(key, entry));
            throw;
        }
    }

    private async Task<IConnectorClient> CreateAsync(Func<Task<IConnectorClient>> create)
    {
        var client = await create().ConfigureAwait(false);
        Interlocked.Increment(ref _created);
        return client;
    }

    private readonly record struct Key(string AppId, string ServiceUrl, string Audience);

    private sealed record Entry(DateTimeOffset CreatedAt, Lazy<Task<IConnectorClient>> Client);
}
