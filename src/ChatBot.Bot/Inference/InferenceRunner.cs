using ChatBot.Bot.Configuration;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Fallback;
using Polly.Timeout;

namespace ChatBot.Bot.Inference;

/// <summary>
/// Runs the model's synchronous, CPU-bound turn off the request thread (<see cref="InferenceScheduler"/>: batched with
/// the other conversations generating at the same time, or on a thread of its own), inside a Polly pipeline:
/// fallback ← circuit breaker ← timeout ← turn. A timeout cancels the token that Respond checks, so generation
/// really stops; every failure becomes <see cref="InferenceResult.Failed"/>, never an exception, except the
/// caller's own cancellation.
/// </summary>
public sealed class InferenceRunner
{
    private readonly ResiliencePipeline<InferenceResult> _pipeline;
    private readonly InferenceScheduler _scheduler;
    private readonly DecodingOptions _decoding;
    private readonly ILogger<InferenceRunner> _logger;

    public InferenceRunner(
        IOptions<InferenceOptions> options,
        IOptions<DecodingOptions> decoding,
        InferenceScheduler scheduler,
        TimeProvider timeProvider,
        ILogger<InferenceRunner> logger)
    {
        _logger = logger;
        _scheduler = scheduler;
        _decoding = decoding.Value;
        var settings = options.Value;
        _pipeline = new ResiliencePipelineBuilder<InferenceResult> { TimeProvider = timeProvider }
            .AddFallback(new FallbackStrategyOptions<InferenceResult>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } exception && !IsCallerCancellation(exception, args.Context)),
                FallbackAction = args => Outcome.FromResultAsValueTask(InferenceResult.Failed(Classify(args.Outcome.Exception!))),
                OnFallback = args =>
                {
                    LogFailure(args.Outcome.Exception!, args.Context);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<InferenceResult>
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } exception && !IsCallerCancellation(exception, args.Context)),
                OnOpened = args =>
                {
                    _logger.LogWarning("Inference circuit opened for {BreakDuration}: recent turns failed; answering with the fallback reply",
                        args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    _logger.LogInformation("Inference circuit closed: the model answers again");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.Timeout)
            .Build();
    }

    /// <param name="lease">The model to use; generation that outlives a timeout keeps its own share of the lease.</param>
    /// <param name="key">Only for log lines (hashed).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<InferenceResult> RunAsync(ModelLease lease, ConversationState? state, string userText, ConversationKey key, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConversationProperty, key);
        try
        {
            var turn = new Turn(_scheduler, lease, state, userText, _decoding);
            return await _pipeline.ExecuteAsync(static (ctx, turn) => turn.RunAsync(ctx.CancellationToken), context, turn);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static readonly ResiliencePropertyKey<ConversationKey> ConversationProperty = new("chatbot.conversation");

    private static bool IsCallerCancellation(Exception exception, ResilienceContext context) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private static InferenceFailure Classify(Exception exception) => exception switch
    {
        TimeoutRejectedException => InferenceFailure.Timeout,
        BrokenCircuitException => InferenceFailure.CircuitOpen,
        _ => InferenceFailure.ModelError,
    };

    private void LogFailure(Exception exception, ResilienceContext context)
    {
        var conversation = context.Properties.TryGetValue(ConversationProperty, out var key) ? key.ToLogId() : "?";
        switch (Classify(exception))
        {
            case InferenceFailure.Timeout:
                _logger.LogWarning("Turn in conversation {Conversation} timed out; sent the fallback reply", conversation);
                break;
            case InferenceFailure.CircuitOpen:
                _logger.LogWarning("Turn in conversation {Conversation} skipped: inference circuit is open; sent the fallback reply", conversation);
                break;
            default:
                // The exception is the model's; its message never contains the user's text.
                _logger.LogError(exception, "Model failed a turn in conversation {Conversation}; sent the fallback reply", conversation);
                break;
        }
    }

    /// <summary>One call of the model, on one of the scheduler's inference threads.</summary>
    private sealed class Turn(InferenceScheduler scheduler, ModelLease lease, ConversationState? state, string userText, DecodingOptions decoding)
    {
        public async ValueTask<InferenceResult> RunAsync(CancellationToken cancellationToken)
        {
            // The work keeps its own share of the model: if the model ignored cancellation and ran past the timeout,
            // a reload could otherwise dispose it under the running generation. The share is returned when the work
            // ends, whether it ran or was skipped.
            var share = lease.Share();
            Task<Reply> work;
            try
            {
                // Greedy and sampled turns join the batch; beam search and models that cannot batch get a thread each.
                work = scheduler.Batches is { } batches && decoding.Strategy != DecodingStrategy.Beam && share.Model is IBatchDecodingModel batchable
                    ? batches.RunAsync(batchable, state, userText, decoding, cancellationToken)
                    : scheduler.RunAsync(() => share.Model.Respond(state, userText, decoding, cancellationToken), cancellationToken);
            }
            catch
            {
                share.Dispose();
                throw;
            }
            // Return the share when the work ends, and observe a late failure of abandoned work.
            _ = work.ContinueWith(static (task, share) =>
            {
                ((ModelLease)share!).Dispose();
                _ = task.Exception;
            }, share, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            var reply = await work.WaitAsync(cancellationToken);
            return InferenceResult.Success(reply);
        }
    }
}
