using System.Collections.Concurrent;
using ChatBot.Bot.Telemetry;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Bot.Inference;

/// <summary>
/// One dedicated thread that generates the replies of all conversations waiting at the same time together
/// (continuous batching, see <see cref="BatchDecoder"/>): between two decoder steps it takes the turns that arrived,
/// up to <see cref="MaxBatchSize"/> conversations at once, and every step advances all of them by one character.
/// A turn's task completes when its reply ends; it is cancelled when its token is (the conversation leaves the batch
/// at the next step), and faulted with the model's exception if the model fails.
/// </summary>
public sealed class BatchDecodingLoop : IDisposable
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrentQueue<Request> _queue = new();
    private readonly SemaphoreSlim _arrived = new(0);
    // One batch per model: after a reload, turns already running finish on the old model while new ones start on the new.
    private readonly Dictionary<IBatchDecodingModel, BatchDecoder> _decoders = new(ReferenceEqualityComparer.Instance);
    private readonly Thread _thread;
    private readonly BotMetrics? _metrics;
    private volatile bool _stopping;
    private int _active;
    private int _peak;
    private int _inHand;

    /// <param name="metrics">Receives batch sizes and queue times; null records nothing.</param>
    public BatchDecodingLoop(int maxBatchSize, string threadName = "inference-batch", BotMetrics? metrics = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatchSize);
        MaxBatchSize = maxBatchSize;
        _metrics = metrics;
        _thread = new Thread(Run) { IsBackground = true, Name = threadName };
        _thread.Start();
    }

    public int MaxBatchSize { get; }

    /// <summary>Conversations in the batch right now (joining or generating); for tests and diagnostics.</summary>
    public int ActiveConversations => Volatile.Read(ref _active);

    /// <summary>Turns queued or in the batch, not yet completed.</summary>
    public int TurnsInHand => Volatile.Read(ref _inHand);

    /// <summary>The most conversations decoded in one step so far; for tests and diagnostics.</summary>
    public int PeakConversations => Volatile.Read(ref _peak);

    /// <summary>Queues a turn for the batch; the task completes with the reply and its state.</summary>
    /// <exception cref="ArgumentException">Beam search (not batched): use the scheduler's threads.</exception>
    public Task<Reply> RunAsync(IBatchDecodingModel model, ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(userText);
        if (options.Strategy == DecodingStrategy.Beam)
        {
            throw new ArgumentException("Beam search is not batched.", nameof(options));
        }
        ObjectDisposedException.ThrowIf(_stopping, this);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<Reply>(cancellationToken);
        }
        var request = new Request(model, state, userText, options, cancellationToken);
        Interlocked.Increment(ref _inHand);
        request.Completion.Task.ContinueWith(static (_, loop) => Interlocked.Decrement(ref ((BatchDecodingLoop)loop!)._inHand), this,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _queue.Enqueue(request);
        if (_stopping)
        {
            // Shutdown began meanwhile; the thread may already have drained the queue.
            request.Completion.TrySetException(new ObjectDisposedException(nameof(BatchDecodingLoop)));
        }
        else
        {
            _arrived.Release();
        }
        return request.Completion.Task;
    }

    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }
        _stopping = true;
        _arrived.Release();
        // Bounded: a step never takes long, but shutdown must not hang on a misbehaving native call.
        if (_thread.Join(ShutdownWait))
        {
            _arrived.Dispose();
        }
    }

    private void Run()
    {
        while (true)
        {
            if (_decoders.Count == 0)
            {
                if (_stopping)
                {
                    break;
                }
                // Idle: sleep until a turn arrives (or shutdown).
                _arrived.Wait();
            }
            if (_stopping)
            {
                break;
            }
            Admit();
            StepAll();
        }
        var stopped = new ObjectDisposedException(nameof(BatchDecodingLoop));
        foreach (var decoder in _decoders.Values)
        {
            decoder.Dispose();
        }
        _decoders.Clear();
        while (_queue.TryDequeue(out var request))
        {
            request.Completion.TrySetException(stopped);
        }
    }

    /// <summary>Moves queued turns into their model's batch, as long as there is room.</summary>
    private void Admit()
    {
        var room = MaxBatchSize - _decoders.Values.Sum(decoder => decoder.ActiveCount + decoder.JoiningCount);
        while (room > 0 && _queue.TryDequeue(out var request))
        {
            if (request.CancellationToken.IsCancellationRequested)
            {
                request.Completion.TrySetCanceled(request.CancellationToken);
                continue;
            }
            try
            {
                if (!_decoders.TryGetValue(request.Model, out var decoder))
                {
                    decoder = request.Model.CreateBatchDecoder();
                    _decoders.Add(request.Model, decoder);
                }
                var stream = decoder.Join(request.State, request.UserText, request.Options, request.CancellationToken);
                _metrics?.QueuedFor(BotMetrics.Since(request.Enqueued));
                stream.Completion.ContinueWith(static (task, state) => ((Request)state!).CompleteFrom(task), request,
                    CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                room--;
            }
            catch (Exception exception)
            {
                request.Completion.TrySetException(exception);
            }
        }
    }

    private void StepAll()
    {
        var active = 0;
        var stepped = _decoders.Values.Sum(decoder => decoder.ActiveCount + decoder.JoiningCount);
        if (stepped > _peak)
        {
            Volatile.Write(ref _peak, stepped);
        }
        if (stepped > 0)
        {
            // A step with nobody left in it only retires a finished decoder; it is not a batch.
            _metrics?.BatchStep(stepped);
        }
        foreach (var (model, decoder) in _decoders.ToList())
        {
            try
            {
                decoder.Step();
            }
            catch (Exception exception)
            {
                // The decoder fails its own conversations when libtorch throws; whatever escapes it ends this batch,
                // never the thread.
                decoder.Abort(exception);
            }
            if (decoder.HasWork)
            {
                active += decoder.ActiveCount + decoder.JoiningCount;
            }
            else
            {
                // Nothing left on this model: let it go (a reload may be waiting to dispose it).
                decoder.Dispose();
                _decoders.Remove(model);
            }
        }
        Volatile.Write(ref _active, active);
    }

    private sealed class Request(IBatchDecodingModel model, ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken)
    {
        public IBatchDecodingModel Model { get; } = model;
        public ConversationState? State { get; } = state;
        public string UserText { get; } = userText;
        public DecodingOptions Options { get; } = options;
        public CancellationToken CancellationToken { get; } = cancellationToken;
        public long Enqueued { get; } = BotMetrics.Now();
        public TaskCompletionSource<Reply> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void CompleteFrom(Task<Reply> task)
        {
            if (task.IsCanceled)
            {
                Completion.TrySetCanceled(CancellationToken);
            }
            else if (task.Exception is { } failure)
            {
                Completion.TrySetException(failure.InnerExceptions);
            }
            else
            {
                Completion.TrySetResult(task.Result);
            }
        }
    }
}
