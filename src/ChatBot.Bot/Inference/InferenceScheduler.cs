using System.Collections.Concurrent;
using ChatBot.Bot.Configuration;
using ChatBot.Bot.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Inference;

/// <summary>
/// Dedicated threads for the model's synchronous, CPU-bound turns. Running them on the shared thread pool would
/// block the threads ASP.NET needs for requests (the pool grows only slowly), and would let any number of turns
/// compete for the cores; here at most <see cref="InferenceOptions.MaxConcurrency"/> run at once, the rest queue.
/// With <see cref="InferenceOptions.Batching"/> on, greedy and sampled turns go instead to more dedicated threads
/// that decode them together (<see cref="Batches"/>).
/// </summary>
public sealed class InferenceScheduler : IDisposable
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(5);
    private readonly BlockingCollection<Action> _queue = new();
    private readonly Thread[] _threads;
    private readonly BotMetrics? _metrics;

    public InferenceScheduler(IOptions<InferenceOptions> options, BotMetrics? metrics = null)
    {
        _metrics = metrics;
        var count = options.Value.MaxConcurrency > 0 ? options.Value.MaxConcurrency : Environment.ProcessorCount;
        _threads = Enumerable.Range(1, count)
            .Select(index => new Thread(Work) { IsBackground = true, Name = $"inference-{index}" })
            .ToArray();
        foreach (var thread in _threads)
        {
            thread.Start();
        }
        var batchThreads = options.Value.BatchThreads > 0 ? options.Value.BatchThreads : Environment.ProcessorCount;
        Batches = options.Value.Batching ? new BatchDecodingPool(batchThreads, options.Value.MaxBatchSize, metrics) : null;
    }

    public int Concurrency => _threads.Length;

    /// <summary>The threads that decode concurrent turns in batches; null when batching is off.</summary>
    public BatchDecodingPool? Batches { get; }

    /// <summary>Queues <paramref name="work"/>; it is skipped (the task cancelled) if the token is cancelled before it starts.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var enqueued = BotMetrics.Now();
        _queue.Add(() =>
        {
            _metrics?.QueuedFor(BotMetrics.Since(enqueued));
            if (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                completion.TrySetResult(work());
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
            }
            catch (Exception exception)
            {
                completion.TrySetException(exception);
            }
        });
        return completion.Task;
    }

    public void Dispose()
    {
        Batches?.Dispose();
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            // Bounded: a model that ignores cancellation must not hold up shutdown (the threads are background threads).
            thread.Join(ShutdownWait);
        }
    }

    private void Work()
    {
        foreach (var item in _queue.GetConsumingEnumerable())
        {
            item();
        }
    }
}
