using System.Diagnostics;
using ChatBot.Bot.Localization;
using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>
/// Two bot processes sharing one Redis, as replicas behind a load balancer: a conversation may land on either, and
/// still continues turn by turn from one shared LSTM state. Real processes, a real (tiny, untrained) model, greedy
/// decoding, so replies and states are deterministic and can be compared exactly.
/// </summary>
public sealed class ReplicaTests(ReplicaTests.TwoReplicas replicaSet) : IClassFixture<ReplicaTests.TwoReplicas>
{
    private static readonly string[] Script = ["Hello there!", "What is your name?", "Where do you live?", "Nice to meet you.", "Obrigado.", "How are you?"];

    [RedisFact]
    public async Task A_conversation_alternating_between_two_replicas_gets_exactly_the_replies_and_state_of_one_replica()
    {
        var replicas = await replicaSet.GetAsync();
        var single = new List<string>();
        var alternating = new List<string>();

        foreach (var line in Script)
        {
            single.Add(await replicas.AskAsync(0, "single", line));
        }
        for (var i = 0; i < Script.Length; i++)
        {
            alternating.Add(await replicas.AskAsync(i % 2, "alternating", Script[i]));
        }
        await replicas.AskAsync(1, "fresh", Script[^1]);

        Assert.Equal(single, alternating);
        Assert.DoesNotContain(BotTexts.English.Fallback, alternating);
        var singleState = await replicas.Stores.GetAsync("single");
        var alternatingState = await replicas.Stores.GetAsync("alternating");
        Assert.Equal(Script.Length, alternatingState!.Record.TurnCount);
        Assert.Equal(singleState!.Record.State, alternatingState.Record.State);
        // The state carries the conversation: it differs from a fresh conversation's after the same last message.
        Assert.NotEqual((await replicas.Stores.GetAsync("fresh"))!.Record.State, alternatingState.Record.State);
    }

    [RedisFact]
    public async Task A_burst_of_20_concurrent_messages_spread_over_two_replicas_gets_20_replies_and_loses_no_update()
    {
        const int burst = 20;
        var replicas = await replicaSet.GetAsync();

        await Task.WhenAll(Enumerable.Range(0, burst).Select(i => replicas[i % 2].SendAsync(replicas.Message("burst", $"Message {i}"))));

        var replies = replicas.Connector.TextsIn("burst");
        Assert.Equal(burst, replies.Count);
        Assert.DoesNotContain(BotTexts.English.Fallback, replies);
        var stored = await replicas.Stores.GetAsync("burst");
        // Every turn continued the state of the one before: a lost update would leave fewer turns than writes.
        Assert.Equal(burst, stored!.Record.TurnCount);
        Assert.Equal(burst, stored.Version);
    }

    [RedisFact]
    public async Task A_turn_waits_out_the_lock_of_a_replica_that_died_holding_it_and_then_answers()
    {
        var replicas = await replicaSet.GetAsync();
        using var redis = await replicas.Redis.ConnectAsync();
        // What a replica killed in the middle of a turn leaves behind: the conversation's lock, until it expires.
        // (The clock starts before the lock is set, so the lock expires at least 2 s after it.)
        var clock = Stopwatch.StartNew();
        await redis.GetDatabase().StringSetAsync(replicas.Stores.Keys.Lock(new ConversationKey("emulator", "orphaned")), "dead-replica",
            TimeSpan.FromSeconds(2));

        var reply = await replicas.AskAsync(1, "orphaned", Script[0]);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.95), $"answered after {clock.Elapsed.TotalSeconds:0.00} s, before the lock expired");
        Assert.NotEqual(BotTexts.English.Fallback, reply);
        Assert.Equal(1, (await replicas.Stores.GetAsync("orphaned"))!.Record.TurnCount);
    }

    [RedisFact]
    public async Task A_replica_killed_mid_conversation_and_restarted_continues_the_conversation_from_the_shared_state()
    {
        var replicas = await replicaSet.GetAsync();
        var reference = new List<string>();
        foreach (var line in Script)
        {
            reference.Add(await replicas.AskAsync(1, "reference", line));
        }

        var replies = new List<string>
        {
            await replicas.AskAsync(0, "restarted", Script[0]),
            await replicas.AskAsync(0, "restarted", Script[1]),
        };
        await replicas.KillAsync(0);
        replies.Add(await replicas.AskAsync(1, "restarted", Script[2]));
        await replicas.RestartAsync(0);
        foreach (var line in Script[3..])
        {
            replies.Add(await replicas.AskAsync(0, "restarted", line));
        }

        Assert.Equal(reference, replies);
        var stored = await replicas.Stores.GetAsync("restarted");
        Assert.Equal(Script.Length, stored!.Record.TurnCount);
        Assert.Equal((await replicas.Stores.GetAsync("reference"))!.Record.State, stored.Record.State);
    }

    /// <summary>Redis and two replicas, started on first use (so a skipped class starts nothing) and shared by the tests.</summary>
    public sealed class TwoReplicas : IAsyncLifetime
    {
        private readonly SemaphoreSlim _start = new(1, 1);
        private ReplicaSet? _replicas;

        public async Task<ReplicaSet> GetAsync()
        {
            await _start.WaitAsync();
            try
            {
                return _replicas ??= await ReplicaSet.StartAsync(replicas: 2, modelSeed: 21);
            }
            finally
            {
                _start.Release();
            }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (_replicas is not null)
            {
                await _replicas.DisposeAsync();
            }
            _start.Dispose();
        }
    }
}
