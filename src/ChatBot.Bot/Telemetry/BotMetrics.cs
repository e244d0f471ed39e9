using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatBot.Bot.Telemetry;

/// <summary>
/// The bot's own metrics, all on one meter (<see cref="MeterName"/>): turns and their latency, the inference batch
/// and queue, fallback replies by cause, store errors, rate-limited messages, model reloads. Exported by
/// OpenTelemetry (OTLP, Prometheus) when Bot:Telemetry turns an exporter on; free when nothing listens.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "ChatBot.Bot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _queueTime;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _storeErrors;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _modelReloads;

    public BotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("chatbot.turns", "{turn}", "Model turns handled, by outcome (answered, fallback)");
        _turnDuration = meter.CreateHistogram<double>("chatbot.turn.duration", "s",
            "From a message's arrival at the bot to its reply being handed to the channel, queueing behind the conversation's earlier turns included");
        _batchSize = meter.CreateHistogram<int>("chatbot.inference.batch_size", "{conversation}", "Conversations decoded together in one batched decoder step");
        _queueTime = meter.CreateHistogram<double>("chatbot.inference.queue_time", "s", "Time a turn waited for a place in an inference batch");
        _fallbacks = meter.CreateCounter<long>("chatbot.fallbacks", "{reply}", "Fallback replies sent instead of the model's, by cause");
        _storeErrors = meter.CreateCounter<long>("chatbot.store.errors", "{error}", "Turns that failed because the conversation-state store could not be read or written");
        _rateLimited = meter.CreateCounter<long>("chatbot.rate_limited", "{message}", "Messages refused by the per-conversation rate limit (told to slow down at most once per notice interval)");
        _modelReloads = meter.CreateCounter<long>("chatbot.model.reloads", "{load}", "Model files loaded, by result (loaded, rejected)");
    }

    /// <param name="fallbackCause">Null when the model answered; else why the fallback reply was sent (see <see cref="Fallback"/>).</param>
    public void TurnCompleted(string? fallbackCause, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("outcome", fallbackCause is null ? "answered" : "fallback");
        _turns.Add(1, tag);
        _turnDuration.Record(duration.TotalSeconds, tag);
        if (fallbackCause is not null)
        {
            Fallback(fallbackCause);
        }
    }

    /// <summary>A turn that ended in the turn-error handler: the store was unavailable or the conversation busy.</summary>
    public void TurnFailed(string cause)
    {
        _turns.Add(1, new KeyValuePair<string, object?>("outcome", "fallback"));
        Fallback(cause);
    }

    /// <param name="cause">
    /// Why: an <see cref="Inference.InferenceFailure"/> in lower case (timeout, circuitopen, modelerror, nomodel,
    /// writeconflict), or state_store, busy.
    /// </param>
    private void Fallback(string cause) => _fallbacks.Add(1, new KeyValuePair<string, object?>("cause", cause.ToLowerInvariant()));

    public void StoreError() => _storeErrors.Add(1);

    public void RateLimited() => _rateLimited.Add(1);

    public void ModelLoaded(bool loaded) => _modelReloads.Add(1, new KeyValuePair<string, object?>("result", loaded ? "loaded" : "rejected"));

    public void BatchStep(int conversations) => _batchSize.Record(conversations);

    public void QueuedFor(TimeSpan wait) => _queueTime.Record(wait.TotalSeconds);

    /// <summary>A timestamp for <see cref="Since"/>.</summary>
    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Elapsed time since <paramref name="startTimestamp"/> (<see cref="Now"/>).</summary>
    public static TimeSpan Since(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp);
}
