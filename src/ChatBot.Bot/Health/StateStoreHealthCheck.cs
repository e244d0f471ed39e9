using ChatBot.Bot.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Bot.Health;

/// <summary>Ready while the conversation-state store takes a real write (and its removal).</summary>
public sealed class StateStoreHealthCheck(StateStoreWriteHealth writeHealth) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await writeHealth.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy("writable");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The cause goes to the log (StateStoreWriteHealth); the report may be seen by anyone who can reach /readyz.
            return HealthCheckResult.Unhealthy(exception is StateStoreUnavailableException ? "not writable (see the log)" : "unreachable");
        }
    }
}
