using ChatBot.Trainer.Cli;
using ChatBot.Trainer.Hosting;

namespace ChatBot.Trainer.Runners;

public sealed class TrainRunner(CliContext context)
{
    public Task<int> RunAsync(string? settingsFile, TrainerOptionsOverrides overrides, bool skipInvalid, CancellationToken cancellationToken)
    {
        _ = context; _ = settingsFile; _ = overrides; _ = skipInvalid; _ = cancellationToken;
        return Task.FromResult(0);
    }
}
