using ChatBot.Bot.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Bot.Health;

/// <summary>Ready while the conversation-state store answers.</summary>
public sealed class StateStoreHealthCheck(IConversationStateStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("unreachable", exception);
        }
    }
}
