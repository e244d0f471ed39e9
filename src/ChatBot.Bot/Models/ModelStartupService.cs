namespace ChatBot.Bot.Models;

/// <summary>Loads the model before the bot starts taking messages; a model that cannot be loaded stops start-up.</summary>
public sealed class ModelStartupService(ModelHost host) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await Task.Run(() => host.LoadFromFile(cancellationToken), cancellationToken);
        if (!result.Loaded)
        {
            throw new ModelStartupException(
                $"The model file {host.ModelPath} {result.Problem}. Replace the file, or point Bot:Model:Path " +
                "(environment variable Bot__Model__Path) at a model written by the trainer.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
