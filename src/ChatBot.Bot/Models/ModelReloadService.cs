using ChatBot.Bot.Configuration;
using ChatBot.Bot.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Models;

/// <summary>
/// Picks up a retrained model without a restart: checks the model file periodically and, once a changed file has
/// stayed unchanged for one more check (so a file still being copied is not read), loads it in the background.
/// </summary>
public sealed class ModelReloadService(
    ModelHost host,
    IOptions<ModelOptions> options,
    TimeProvider timeProvider,
    BotMetrics metrics,
    ILogger<ModelReloadService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReloadOnChange)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.ReloadCheckInterval, timeProvider);
        ModelFileSignature? changed = null;
        ModelFileSignature? rejected = null;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = ModelFileSignature.Read(host.ModelPath);
            if (now is null || now == host.CurrentSignature || now == rejected)
            {
                changed = null;
                continue;
            }
            if (now != changed)
            {
                changed = now;
                continue;
            }
            changed = null;
            logger.LogInformation("The model file {ModelPath} changed; loading it in the background", host.ModelPath);
            var result = await Task.Run(() => host.LoadFromFile(stoppingToken), stoppingToken);
            metrics.ModelLoaded(result.Loaded);
            // Do not retry a rejected file until it changes again.
            rejected = result.Loaded ? null : result.Signature ?? now;
        }
    }
}
