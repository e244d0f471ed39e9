using System.Text.Json.Nodes;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Fakes;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// A running bot with a test model ("alpha"), a fake Bot Connector and its own folder: the usual setting of an
/// integration test. Restartable on the same folder, to test what survives a restart.
/// </summary>
public sealed class BotScenario : IAsyncDisposable
{
    private readonly TestBotSetup _setup;

    private BotScenario(TestDirectory directory, FakeBotConnector connector, TestBotSetup setup, BotTestHost host)
    {
        Directory = directory;
        Connector = connector;
        _setup = setup;
        Host = host;
    }

    public TestDirectory Directory { get; }
    public FakeBotConnector Connector { get; }
    public TestModelLoader Loader => (TestModelLoader)_setup.Loader!;
    public BotTestHost Host { get; private set; }
    public string ModelPath => BotTestHost.ModelPath(Directory);

    public static async Task<BotScenario> StartAsync(Dictionary<string, string?>? settings = null, IConversationStateStore? store = null, TimeProvider? time = null)
    {
        var directory = new TestDirectory();
        var connector = await FakeBotConnector.StartAsync();
        var setup = new TestBotSetup { Loader = new TestModelLoader(), Store = store, Time = time, Settings = settings ?? [] };
        TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");
        try
        {
            return new BotScenario(directory, connector, setup, await BotTestHost.StartAsync(directory, setup));
        }
        catch
        {
            await connector.DisposeAsync();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Stops the bot and starts a new one on the same folder, model file and settings.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await BotTestHost.StartAsync(Directory, _setup);
    }

    public JsonObject Message(string conversationId, string? text, string? locale = "en-US", string channelId = "emulator") =>
        Activities.Message(Connector.ServiceUrl, conversationId, text, locale, channelId);

    /// <summary>Sends a message and returns the texts of the messages the bot sent back for it.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string conversationId, string text, string? locale = "en-US")
    {
        var before = Connector.MessagesIn(conversationId).Count;
        await Host.SendAsync(Message(conversationId, text, locale));
        return Connector.TextsIn(conversationId).Skip(before).ToArray();
    }

    /// <summary>Sends a message and returns the one message the bot answered with.</summary>
    public async Task<string> AskAsync(string conversationId, string text, string? locale = "en-US") =>
        Assert.Single(await SayAsync(conversationId, text, locale));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Directory.Dispose();
    }
}
