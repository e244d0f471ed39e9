using ChatBot.Bot.State;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// Per-conversation turn order: one turn of a conversation at a time, later messages waiting in arrival (FIFO)
/// order, so no turn reads a state that an earlier turn is about to replace. Different conversations do not wait
/// for each other. Idle conversations leave nothing behind.
/// </summary>
public sealed class ConversationGate
{
    private readonly Dictionary<ConversationKey, Lane> _lanes = [];

    /// <summary>Conversations with a turn running or waiting.</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_lanes)
            {
                return _lanes.Count;
            }
        }
    }

    /// <summary>Waits for this conversation's earlier turns to finish; dispose the result to let the next one in.</summary>
    public async ValueTask<IDisposable> EnterAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        Lane? lane;
        LinkedListNode<TaskCompletionSource>? node;
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(key, out lane))
            {
                _lanes[key] = new Lane();
                return new Turn(this, key);
            }
            node = lane.Waiting.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        await using (cancellationToken.Register(() => Abandon(lane, node, cancellationToken)))
        {
            await node.Value.Task;
        }
        return new Turn(this, key);
    }

    private void Abandon(Lane lane, LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        lock (_lanes)
        {
            // Still queued: leave the queue. Already handed the turn: the waiter owns it and will release it.
            if (node.List is not null)
            {
                lane.Waiting.Remove(node);
                node.Value.TrySetCanceled(cancellationToken);
            }
        }
    }

    private void Leave(ConversationKey key)
    {
        lock (_lanes)
        {
            var lane = _lanes[key];
            if (lane.Waiting.First is { } next)
            {
                lane.Waiting.RemoveFirst();
                next.Value.TrySetResult();
            }
            else
            {
                _lanes.Remove(key);
            }
        }
    }

    private sealed class Lane
    {
        public LinkedList<TaskCompletionSource> Waiting { get; } = new();
    }

    private sealed class Turn(ConversationGate gate, ConversationKey key) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                gate.Leave(key);
            }
        }
    }
}
