using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests.State;

/// <summary>
/// What every <see cref="IConversationStateStore"/> does: get, compare-and-set writes, delete, the idle sweep. Each
/// store's test class inherits these tests and adds its own; a class that needs a server says so with a
/// <see cref="TestClassRequirementAttribute"/> (e.g. <see cref="RequiresRedisAttribute"/>).
/// </summary>
public abstract class ConversationStateStoreContract
{
    protected static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    protected static readonly ConversationKey Key = new("msteams", "conv-1");

    /// <summary>A new store on this test's storage: stores created in one test see each other's records.</summary>
    protected abstract IConversationStateStore CreateStore();

    protected static ConversationRecord Record(byte[] state, long turns, DateTimeOffset? at = null) => new(state, "model-a", turns, at ?? Noon);

    [ContractFact]
    public async Task A_first_write_reads_back_as_version_1()
    {
        var store = CreateStore();

        Assert.True(await store.TryWriteAsync(Key, Record([1, 2, 3], turns: 1), 0, CancellationToken.None));
        var stored = await store.GetAsync(Key, CancellationToken.None);

        Assert.Equal(1, stored!.Version);
        Assert.Equal([1, 2, 3], stored.Record.State);
        Assert.Equal("model-a", stored.Record.ModelFingerprint);
        Assert.Equal(1, stored.Record.TurnCount);
        Assert.Equal(Noon, stored.Record.UpdatedAt);
    }

    [ContractFact]
    public async Task A_write_based_on_the_current_version_replaces_the_record_and_increments_the_version()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.True(await store.TryWriteAsync(Key, Record([2], turns: 2), 1, CancellationToken.None));

        var stored = await store.GetAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal([2], stored.Record.State);
    }

    [ContractFact]
    public async Task A_write_based_on_a_stale_version_is_refused_and_changes_nothing()
    {
        // A replica whose lock expired mid-turn still holds version 1; another replica has written version 2 since.
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        await store.TryWriteAsync(Key, Record([2], turns: 2), 1, CancellationToken.None);

        Assert.False(await store.TryWriteAsync(Key, Record([9], turns: 9), 1, CancellationToken.None));

        var stored = await store.GetAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal([2], stored.Record.State);
    }

    [ContractFact]
    public async Task A_first_write_for_a_conversation_someone_else_already_stored_is_refused()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        Assert.False(await store.TryWriteAsync(Key, Record([9], turns: 1), 0, CancellationToken.None));

        Assert.Equal([1], (await store.GetAsync(Key, CancellationToken.None))!.Record.State);
    }

    [ContractFact]
    public async Task A_write_based_on_a_version_read_before_a_reset_is_refused()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        Assert.True(await store.DeleteAsync(Key, CancellationToken.None));

        Assert.False(await store.TryWriteAsync(Key, Record([9], turns: 2), 1, CancellationToken.None));

        Assert.Null(await store.GetAsync(Key, CancellationToken.None));
    }

    [ContractFact]
    public async Task Concurrent_writers_of_one_version_have_exactly_one_winner()
    {
        var store = CreateStore();
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            store.TryWriteAsync(Key, Record([(byte)(10 + i)], turns: 2), 1, CancellationToken.None)));

        Assert.Single(results, written => written);
        Assert.Equal(2, (await store.GetAsync(Key, CancellationToken.None))!.Version);
    }

    [ContractFact]
    public async Task A_negative_expected_version_is_refused_as_a_bug()
    {
        var store = CreateStore();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.TryWriteAsync(Key, Record([1], turns: 1), -1, CancellationToken.None));
    }

    [ContractFact]
    public async Task The_same_conversation_id_in_two_channels_has_two_separate_states()
    {
        var store = CreateStore();
        await store.TryWriteAsync(new ConversationKey("msteams", "shared-id"), Record([1], turns: 1), 0, CancellationToken.None);

        Assert.Null(await store.GetAsync(new ConversationKey("webchat", "shared-id"), CancellationToken.None));
        Assert.True(await store.TryWriteAsync(new ConversationKey("webchat", "shared-id"), Record([2], turns: 1), 0, CancellationToken.None));
        Assert.Equal([1], (await store.GetAsync(new ConversationKey("msteams", "shared-id"), CancellationToken.None))!.Record.State);
    }

    [ContractFact]
    public async Task Ids_containing_a_separator_never_share_a_state()
    {
        // Joined naively with ':' both would be "a:b:c".
        var store = CreateStore();
        await store.TryWriteAsync(new ConversationKey("a:b", "c"), Record([1], turns: 1), 0, CancellationToken.None);

        Assert.Null(await store.GetAsync(new ConversationKey("a", "b:c"), CancellationToken.None));
    }

    [ContractFact]
    public async Task Delete_removes_that_conversation_only_and_says_whether_there_was_one()
    {
        var store = CreateStore();
        var other = new ConversationKey("msteams", "conv-2");
        await store.TryWriteAsync(Key, Record([1], turns: 1), 0, CancellationToken.None);
        await store.TryWriteAsync(other, Record([2], turns: 1), 0, CancellationToken.None);

        Assert.True(await store.DeleteAsync(Key, CancellationToken.None));
        Assert.False(await store.DeleteAsync(Key, CancellationToken.None));
        Assert.Null(await store.GetAsync(Key, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(other, CancellationToken.None));
    }

    [ContractFact]
    public async Task Sweeping_deletes_exactly_the_states_last_written_before_the_cutoff()
    {
        var store = CreateStore();
        var old = new ConversationKey("msteams", "old");
        var recent = new ConversationKey("msteams", "recent");
        await store.TryWriteAsync(old, Record([1], turns: 1, at: Noon.AddDays(-31)), 0, CancellationToken.None);
        await store.TryWriteAsync(recent, Record([2], turns: 1, at: Noon.AddDays(-29)), 0, CancellationToken.None);

        var deleted = await store.DeleteIdleAsync(Noon.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await store.GetAsync(old, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(recent, CancellationToken.None));
    }

    [ContractFact]
    public async Task Records_are_still_there_for_a_new_store_on_the_same_storage()
    {
        await CreateStore().TryWriteAsync(Key, Record([7, 7], turns: 3), 0, CancellationToken.None);

        var stored = await CreateStore().GetAsync(Key, CancellationToken.None);

        Assert.Equal([7, 7], stored!.Record.State);
        Assert.Equal(3, stored.Record.TurnCount);
    }
}
