using ChatBot.Bot.Configuration;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// The bot's behaviour per activity: messages become model turns or commands, a member joining gets the welcome,
/// everything else (message updates, reactions, …) is left alone and never touches the stored state.
/// </summary>
public sealed class ChatActivityHandler(
    ConversationEngine engine,
    ConversationGate gate,
    IConversationLock conversationLock,
    ConversationRateLimiter rateLimiter,
    ModelHost models,
    IOptions<TurnOptions> turnOptions,
    TimeProvider timeProvider,
    ILogger<ChatActivityHandler> logger) : ActivityHandler
{
    /// <summary>Sent when the model's reply is empty.</summary>
    public const string EmptyReply = "…";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var texts = BotTexts.For(BotLanguages.FromLocale(activity.Locale));
        var key = new ConversationKey(activity.ChannelId, activity.Conversation.Id);
        var message = UserMessageReader.Read(activity, turnOptions.Value.MaxInputLength);
        if (message.Text.Length == 0)
        {
            var answer = activity.Attachments is { Count: > 0 } ? texts.TextOnly : texts.EmptyMessage;
            await SendAsync(turnContext, answer, cancellationToken);
            return;
        }

        if (!rateLimiter.TryAcquire(key))
        {
            if (rateLimiter.TryAcquireNotice(key))
            {
                logger.LogWarning("Conversation {Conversation}: message refused by the rate limit (Bot:RateLimit)", key.ToLogId());
                await SendAsync(turnContext, texts.TooManyMessages, cancellationToken);
            }
            return;
        }

        // Everything after this point is ordered per conversation, commands included (/reset must not overtake a turn):
        // first among this process's requests, then (with a shared store) against the other replicas.
        using var place = await gate.EnterAsync(key, cancellationToken);
        await using var hold = await conversationLock.AcquireAsync(key, cancellationToken);
        if (BotCommand.TryParse(message.Text) is { } command)
        {
            await RunCommandAsync(turnContext, command, key, texts, cancellationToken);
            return;
        }
        if (message.WasTruncated)
        {
            await SendAsync(turnContext, texts.Truncated(turnOptions.Value.MaxInputLength), cancellationToken);
        }
        TurnOutcome outcome;
        await using (await TypingIndicator.StartAsync(turnContext, turnOptions.Value.TypingDelay, turnOptions.Value.TypingInterval, timeProvider, logger, cancellationToken))
        {
            outcome = await engine.RespondAsync(key, message.Text, cancellationToken);
        }
        // The new state is stored by now: deliver its reply even if the channel has stopped waiting for this request.
        // A reply that cannot be delivered leaves the turn stored (docs/operations.md, "A reply that cannot be
        // delivered"): after a timeout the channel may have shown it, so neither a retry nor an apology is sent.
        try
        {
            await SendAsync(turnContext, ReplyToSend(outcome, texts), CancellationToken.None);
        }
        catch (Exception exception) when (IsDeliveryFailure(exception))
        {
            logger.LogWarning("Conversation {Conversation}: the reply to turn {TurnCount} could not be delivered ({Reason}); {Stored}",
                key.ToLogId(), outcome.TurnCount, exception.GetType().Name, outcome.Succeeded ? "the turn stays stored" : "nothing was stored");
            return;
        }
        logger.LogInformation("Conversation {Conversation}: turn {TurnCount} {Result}", key.ToLogId(), outcome.TurnCount,
            outcome.Succeeded ? "answered" : $"failed ({outcome.Failure}), fallback sent");
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        // The bot itself joining is also reported as a member added; greet people, and only once per update.
        if (membersAdded.Any(member => !string.Equals(member.Id, botId, StringComparison.Ordinal)))
        {
            var texts = BotTexts.For(BotLanguages.FromLocale(((ITurnContext)turnContext).Activity.Locale));
            await SendAsync(turnContext, texts.Welcome, cancellationToken);
        }
    }

    private async Task RunCommandAsync(ITurnContext turnContext, BotCommand command, ConversationKey key, BotTexts texts, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case BotCommandKind.Help:
                await SendAsync(turnContext, texts.Help, cancellationToken);
                break;
            case BotCommandKind.Reset:
                var forgotten = await engine.ResetAsync(key, cancellationToken);
                logger.LogInformation("Conversation {Conversation}: reset ({Result})", key.ToLogId(), forgotten ? "state deleted" : "no state");
                await SendAsync(turnContext, forgotten ? texts.ResetDone : texts.ResetNothingToForget, cancellationToken);
                break;
            case BotCommandKind.About:
                var info = models.CurrentInfo;
                await SendAsync(turnContext, info is null ? texts.Fallback : texts.About(info), cancellationToken);
                break;
            default:
                await SendAsync(turnContext, texts.UnknownCommand(command.Name), cancellationToken);
                break;
        }
    }

    private static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException or ErrorResponseException;

    /// <summary>The model's reply; the fallback when it failed; an ellipsis when it chose to say nothing (channels drop empty messages).</summary>
    private static string ReplyToSend(TurnOutcome outcome, BotTexts texts) => outcome.ReplyText switch
    {
        null => texts.Fallback,
        var text when string.IsNullOrWhiteSpace(text) => EmptyReply,
        var text => text,
    };

    private static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = turnContext.Activity.Locale;
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
