using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Resilience around the model's turn. Section "Bot:Inference".</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "Bot:Inference";

    /// <summary>A reply that takes longer is abandoned (generation is cancelled) and the fallback reply is sent.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Turns generated at the same time, each on its own dedicated thread; 0 = one per core. Others queue (the wait counts toward the timeout).
    /// With <see cref="Batching"/> this applies only to turns that are not batched (beam search, models that cannot batch).</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>Greedy and sampled replies of conversations generating at the same time are decoded together, one
    /// batched step per character on one dedicated thread (continuous batching); the replies are exactly the same.</summary>
    public bool Batching { get; set; } = true;

    /// <summary>Conversations decoded together at most; further turns wait for a place (the wait counts toward the timeout).</summary>
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>Threads that decode batches, each with its own batch; 0 = one per core.</summary>
    public int BatchThreads { get; set; }

    /// <summary>The circuit opens when at least this share of the sampled turns failed...</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>...and at least this many turns were sampled...</summary>
    public int BreakerMinimumThroughput { get; set; } = 4;

    /// <summary>...within this window.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>While open, turns get the fallback reply at once; after this long one trial turn is let through.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}

internal sealed class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    public ValidateOptionsResult Validate(string? name, InferenceOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = InferenceOptions.SectionName;
        // Polly's own limits: timeout 10 ms..24 h, sampling ≥ 0.5 s, break ≥ 0.5 s, throughput ≥ 2.
        problems.CheckRange(options.Timeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), $"{prefix}:Timeout");
        problems.CheckRange(options.MaxConcurrency, 0, 256, $"{prefix}:MaxConcurrency");
        problems.CheckRange(options.MaxBatchSize, 1, 1024, $"{prefix}:MaxBatchSize");
        problems.CheckRange(options.BatchThreads, 0, 64, $"{prefix}:BatchThreads");
        problems.Check(options.BreakerFailureRatio > 0 && options.BreakerFailureRatio <= 1, $"{prefix}:BreakerFailureRatio",
            $"must be greater than 0 and at most 1, not {options.BreakerFailureRatio}");
        problems.CheckRange(options.BreakerMinimumThroughput, 2, 100_000, $"{prefix}:BreakerMinimumThroughput");
        problems.CheckRange(options.BreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), $"{prefix}:BreakerSamplingDuration");
        problems.CheckRange(options.BreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), $"{prefix}:BreakerBreakDuration");
        return problems.ToResult();
    }
}
