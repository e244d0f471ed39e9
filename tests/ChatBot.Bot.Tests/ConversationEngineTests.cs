using ChatBot.Bot.Configuration;
using ChatBot.Bot.Conversations;
using ChatBot.Bot.Inference;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using ChatBot.Model.Decoding;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>The turn engine's compare-and-set use of the store, as another bot process sharing it would exercise it.</summary>
public sealed class ConversationEngineTests : IDisposable
{
    private static readonly ConversationKey Key = new("msteams", "conv-1");
    private readonly TestDirectory _directory = new();
    private readonly ModelHost _models;
    private readonly InferenceScheduler _scheduler = new(Options.Create(new InferenceOptions { MaxConcurrency = 1 }));

    public ConversationEngineTests()
    {
        TestModelLoader.WriteModelFile(BotTestHost.ModelPath(_directory), "alpha", "alpha-fp");
        _models = new ModelHost(new TestModelLoader(), Options.Create(new ModelOptions { Path = "model.chatbot" }),
            new Environment(_directory.Path), NullLogger<ModelHost>.Instance);
        _models.LoadFromFile(CancellationToken.None);
    }

    public void Dispose()
    {
        _scheduler.Dispose();
        _models.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task When_another_writer_stores_first_the_turn_is_answered_again_from_the_newer_state()
    {
        var store = new InterferingStore(untouched: 1, interferences: 1);
        var engine = CreateEngine(store);
        await engine.RespondAsync(Key, "one", CancellationToken.None);

        var outcome = await engine.RespondAsync(Key, "two", CancellationToken.None);

        // The other writer's turn (the interference) counts: ours is the third.
        Assert.StartsWith("alpha #3 ", outcome.ReplyText);
        Assert.Equal(3, (await store.GetAsync(Key, CancellationToken.None))!.Record.TurnCount);
    }

    [Fact]
    public async Task When_every_write_conflicts_the_turn_gives_up_with_the_fallback_and_writes_nothing_of_its_own()
    {
        var store = new InterferingStore(untouched: 0, interferences: int.MaxValue);
        var engine = CreateEngine(store);

        var outcome = await engine.RespondAsync(Key, "one", CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal(InferenceFailure.WriteConflict, outcome.Failure);
        Assert.Equal(0, store.OwnWrites);
    }

    private ConversationEngine CreateEngine(IConversationStateStore store) => new(
        store,
        _models,
        new InferenceRunner(Options.Create(new InferenceOptions()), Options.Create(new DecodingOptions()), _scheduler, TimeProvider.System,
            NullLogger<InferenceRunner>.Instance),
        new StateStoreWriteHealth(store, NullLogger<StateStoreWriteHealth>.Instance),
        TimeProvider.System,
        NullLogger<ConversationEngine>.Instance);

    /// <summary>
    /// After <paramref name="untouched"/> writes, "another process" answers a turn of its own in the same conversation just
    /// before each of our next <paramref name="interferences"/> writes.
    /// </summary>
    private sealed class InterferingStore(int untouched, int interferences) : IConversationStateStore
    {
        private readonly InMemoryConversationStateStore _inner = new();
        private int _untouchedLeft = untouched;
        private int _interferencesLeft = interferences;

        public int OwnWrites { get; private set; }

        public string Location => _inner.Location;

        public Task<StoredConversation?> GetAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.GetAsync(key, cancellationToken);

        public async Task<bool> TryWriteAsync(ConversationKey key, ConversationRecord record, long expectedVersion, CancellationToken cancellationToken)
        {
            if (_untouchedLeft > 0)
            {
                _untouchedLeft--;
            }
            else if (_interferencesLeft > 0)
            {
                _interferencesLeft--;
                var current = await _inner.GetAsync(key, cancellationToken);
                var theirs = record with { TurnCount = (current?.Record.TurnCount ?? 0) + 1 };
                Assert.True(await _inner.TryWriteAsync(key, theirs, current?.Version ?? 0, cancellationToken));
            }
            var written = await _inner.TryWriteAsync(key, record, expectedVersion, cancellationToken);
            OwnWrites += written ? 1 : 0;
            return written;
        }

        public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.DeleteAsync(key, cancellationToken);

        public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => _inner.DeleteIdleAsync(cutoff, cancellationToken);

        public Task PingAsync(CancellationToken cancellationToken) => _inner.PingAsync(cancellationToken);
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "ChatBot.Bot.Tests";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
