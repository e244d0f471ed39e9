using System.Net;
using Polly;
using Polly.Retry;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// Which failed calls to the Bot Connector may be sent again. A reply is not idempotent (the connector gives each
/// POST a new activity id), so only a call the channel cannot have acted on is retried: the connection was never
/// made, or the channel said "not now" (429, 503; their Retry-After is honoured). A timeout or another error may
/// come after the channel has already shown the reply, so a retry could post it twice.
/// </summary>
public static class ConnectorRetryPolicy
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        { Exception: not null } => false,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => true,
        _ => false,
    };

    public static ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> arguments) =>
        ValueTask.FromResult(ShouldRetry(arguments.Outcome));
}
