using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// Shows "typing…" while a reply is generated: a first typing activity once the reply has taken longer than the delay
/// (at once when the delay is zero), then again every interval (channels hide it after a few seconds) until disposed.
/// A typing activity that cannot be delivered is not worth failing a turn.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _repeating;

    private TypingIndicator(CancellationTokenSource stop, Task repeating)
    {
        _stop = stop;
        _repeating = repeating;
    }

    public static async Task<TypingIndicator> StartAsync(ITurnContext turnContext, TimeSpan delay, TimeSpan interval, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            await SendAsync(turnContext, logger, cancellationToken);
        }
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var repeating = RepeatAsync(turnContext, delay > TimeSpan.Zero ? delay : interval, interval, timeProvider, logger, stop.Token);
        return new TypingIndicator(stop, repeating);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _repeating;
        _stop.Dispose();
    }

    private static async Task RepeatAsync(ITurnContext turnContext, TimeSpan first, TimeSpan interval, TimeProvider timeProvider, ILogger logger, CancellationToken stop)
    {
        try
        {
            var wait = first;
            while (true)
            {
                await Task.Delay(wait, timeProvider, stop);
                await SendAsync(turnContext, logger, stop);
                wait = interval;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped: the reply is ready.
        }
    }

    private static async Task SendAsync(ITurnContext turnContext, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogDebug(exception, "Could not send the typing indicator");
        }
    }
}
