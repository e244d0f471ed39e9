using ChatBot.Bot.Models;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Bot.Health;

/// <summary>Ready once a model is loaded.</summary>
public sealed class ModelHealthCheck(ModelHost models) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(models.CurrentInfo is { } info
            ? HealthCheckResult.Healthy($"serving {info.Name} ({info.Fingerprint})")
            : HealthCheckResult.Unhealthy("no model loaded"));
}
