using System.Globalization;
using System.Threading.RateLimiting;
using ChatBot.Bot.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// A token bucket per client address in front of POST /api/messages (ASP.NET Core's rate limiter). The
/// per-conversation limit counts conversations, and a caller can name a new conversation with every request; this one
/// counts the caller. Requests over it get 429 with Retry-After, before the body is read.
/// </summary>
public static class ClientRateLimiting
{
    public const string PolicyName = "per-client-address";

    public static void AddClientRateLimiting(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, options) =>
        {
            var settings = options.Value;
            limiter.AddPolicy(PolicyName, http => settings.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.ClientBurst,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / settings.ClientRequestsPerMinute,
                    QueueLimit = 0,
                    AutoReplenishment = false,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientRateLimiting))
            .LogDebug("Refused a request from {Client}: over Bot:RateLimit:ClientRequestsPerMinute", http.Connection.RemoteIpAddress);
        await Results.Problem("Too many requests from this address (Bot:RateLimit:ClientRequestsPerMinute); try again later.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
