namespace ChatBot.Bot.State;

/// <summary>Creates (or opens) the state store before the bot takes messages, so a wrong data folder stops start-up with its reason.</summary>
public sealed class StateStoreStartupService(IConversationStateStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.PingAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
