using ChatBot.Bot.Conversations;
using ChatBot.Bot.State;

namespace ChatBot.Bot.Tests;

public sealed class ConversationGateTests
{
    private static readonly ConversationKey A = new("msteams", "a");
    private static readonly ConversationKey B = new("msteams", "b");

    [Fact]
    public async Task Turns_of_one_conversation_get_their_place_one_at_a_time_in_arrival_order()
    {
        var gate = new ConversationGate();
        var order = new List<int>();
        var first = await gate.EnterAsync(A, CancellationToken.None);
        var waiting = Enumerable.Range(1, 5).Select(async i =>
        {
            using (await gate.EnterAsync(A, CancellationToken.None))
            {
                lock (order)
                {
                    order.Add(i);
                }
            }
        }).ToArray();

        Assert.Empty(order);
        first.Dispose();
        await Task.WhenAll(waiting);

        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    [Fact]
    public async Task A_turn_of_another_conversation_does_not_wait()
    {
        var gate = new ConversationGate();
        using var busy = await gate.EnterAsync(A, CancellationToken.None);

        var other = gate.EnterAsync(B, CancellationToken.None);

        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_and_the_next_one_gets_the_turn()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync(A, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var abandoned = gate.EnterAsync(A, cancel.Token).AsTask();
        var next = gate.EnterAsync(A, CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        first.Dispose();

        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task A_conversation_with_nothing_running_or_waiting_leaves_nothing_behind()
    {
        var gate = new ConversationGate();

        using (await gate.EnterAsync(A, CancellationToken.None))
        {
            Assert.Equal(1, gate.ActiveConversations);
        }

        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task Leaving_twice_lets_in_only_one_waiter()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync(A, CancellationToken.None);
        var second = gate.EnterAsync(A, CancellationToken.None).AsTask();
        var third = gate.EnterAsync(A, CancellationToken.None).AsTask();

        first.Dispose();
        first.Dispose();
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(third.IsCompleted);
        (await second).Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
