using ChatBot.Bot.Configuration;
using ChatBot.Bot.Inference;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

public sealed class InferenceSchedulerTests
{
    [Fact]
    public async Task No_more_than_the_configured_number_of_turns_run_at_once()
    {
        using var scheduler = new InferenceScheduler(Options.Create(new InferenceOptions { MaxConcurrency = 2 }));
        var running = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scheduler.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(30);
            Interlocked.Decrement(ref running);
            return 0;
        }, CancellationToken.None)));

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task Work_runs_on_the_schedulers_own_threads_not_the_thread_pool()
    {
        using var scheduler = new InferenceScheduler(Options.Create(new InferenceOptions { MaxConcurrency = 1 }));

        var (name, pooled) = await scheduler.RunAsync(() => (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread), CancellationToken.None);

        Assert.Equal("inference-1", name);
        Assert.False(pooled);
    }

    [Fact]
    public async Task Queued_work_whose_token_is_cancelled_before_it_starts_is_skipped()
    {
        using var scheduler = new InferenceScheduler(Options.Create(new InferenceOptions { MaxConcurrency = 1 }));
        using var release = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var blocker = scheduler.RunAsync(() => release.Wait(TimeSpan.FromSeconds(10)), CancellationToken.None);
        var ran = false;
        var queued = scheduler.RunAsync(() => ran = true, cancel.Token);

        await cancel.CancelAsync();
        release.Set();
        await blocker;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.False(ran);
    }

    [Fact]
    public async Task An_exception_of_the_work_reaches_the_caller()
    {
        using var scheduler = new InferenceScheduler(Options.Create(new InferenceOptions { MaxConcurrency = 1 }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.RunAsync<int>(() => throw new InvalidOperationException("boom"), CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
