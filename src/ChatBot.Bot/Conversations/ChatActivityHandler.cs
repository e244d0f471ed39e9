using ChatBot.Bot.Configuration;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Models;
using ChatBot.Bot.State;
using ChatBot.Bot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Conversations;

/// <summary>
/// The bot's behaviour per activity: messages become model turns or commands, the bot joining a conversation sends the
/// welcome, everything else (people joining, message updates, reactions, …) is left alone and never touches the stored
/// state. A Teams handler, so Teams' conversation updates (a team's members, channels) reach the right method.
/// </summary>
public sealed class ChatActivityHandler(
    ConversationEngine engine,
    ConversationGate gate,
    IConversationLock conversationLock,
    ConversationRateLimiter rateLimiter,
    ModelHost models,
    BotMetrics metrics,
    IOptions<TurnOptions> turnOptions,
    IOptions<RecallOptions> recallOptions,
    TimeProvider timeProvider,
    ILogger<ChatActivityHandler> logger) : TeamsActivityHandler
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

        var started = BotMetrics.Now();
        using var turnSpan = BotTracing.Source.StartActivity("chatbot.turn");
        turnSpan?.SetTag(BotTracing.ConversationTag, key.ToLogId());
        // Everything after this point is ordered per conversation, commands included (/reset must not overtake a turn):
        // first among this process's requests, then (with a shared store) against the other replicas.
        // Ends once the conversation's turn may run; if waiting fails the request ends and the span is simply not exported.
        var gateSpan = BotTracing.Source.StartActivity("chatbot.gate");
        using var place = await gate.EnterAsync(key, cancellationToken);
        await using var hold = await conversationLock.AcquireAsync(key, cancellationToken);
        gateSpan?.Dispose();
        if (BotCommand.TryParse(message.Text) is { } command)
        {
            // Answered in the command's own language: whoever types (or taps) /ajuda wants Portuguese, whatever the client's locale.
            var commandTexts = command.Language is { } language ? BotTexts.For(language) : texts;
            await RunCommandAsync(turnContext, command, key, commandTexts, cancellationToken);
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
        using (BotTracing.Source.StartActivity("chatbot.reply"))
        {
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
                metrics.TurnFailed("undelivered");
                turnSpan?.SetTag("chatbot.outcome", "undelivered");
                return;
            }
        }
        metrics.TurnCompleted(outcome.Succeeded ? null : outcome.Failure.ToString(), BotMetrics.Since(started));
        turnSpan?.SetTag("chatbot.outcome", outcome.Succeeded ? "answered" : "fallback");
        logger.LogInformation("Conversation {Conversation}: turn {TurnCount} {Result}", key.ToLogId(), outcome.TurnCount,
            outcome.Succeeded ? "answered" : $"failed ({outcome.Failure}), fallback sent");
    }

    /// <summary>
    /// The welcome goes out once, when the bot itself is added (Teams installs it; Web Chat, the Emulator and the
    /// Playground start a conversation). People joining later, e.g. a team's new members, are not greeted in the channel.
    /// Outside Teams the SDK reports added members only when someone other than the bot is among them, so the bot
    /// joining alone (as Web Chat starts a conversation) is caught here; Teams' updates go to the Teams methods below.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId != Channels.Msteams)
        {
            return activity.MembersAdded is { } added && IncludesBot(added, turnContext)
                ? WelcomeAsync(turnContext, mentionNeeded: IsGroup(activity), cancellationToken)
                : base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
        }
        // The Teams handler reads channelData as TeamsChannelData and would fail the turn (an error with a stack trace)
        // on anything else; such an update from a broken client is dropped with one line.
        if (activity is Activity { ChannelData: not null } full && !full.TryGetChannelData<TeamsChannelData>(out _))
        {
            logger.LogWarning("Conversation {Conversation}: Teams conversation update ignored, its channelData is not Teams channel data",
                new ConversationKey(activity.ChannelId, activity.Conversation.Id).ToLogId());
            return Task.CompletedTask;
        }
        return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// The SDK would fetch the profile of every other member added (one Bot Connector call each, and a failed call fails
    /// the turn) only for us to ignore them; it is given the bot's own entry alone, which needs no call.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        base.OnTeamsMembersAddedDispatchAsync(membersAdded.Where(member => IsBot(member, turnContext)).ToList(), teamInfo, turnContext, cancellationToken);

    /// <summary>In a team's channel or a group chat Teams delivers only messages that @mention the bot, so the welcome says so.</summary>
    protected override Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        IncludesBot(membersAdded, turnContext)
            ? WelcomeAsync(turnContext, mentionNeeded: teamInfo is not null || IsGroup(turnContext.Activity), cancellationToken)
            : Task.CompletedTask;

    private static bool IncludesBot(IEnumerable<ChannelAccount> members, ITurnContext turnContext) =>
        members.Any(member => IsBot(member, turnContext));

    private static bool IsBot(ChannelAccount member, ITurnContext turnContext) =>
        turnContext.Activity.Recipient?.Id is { Length: > 0 } botId && string.Equals(member.Id, botId, StringComparison.Ordinal);

    /// <summary>A conversation of several people: Teams marks its channels and group chats both ways, other channels by isGroup.</summary>
    private static bool IsGroup(IActivity activity) =>
        activity.Conversation is { } conversation
        && (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat");

    private static Task WelcomeAsync(ITurnContext turnContext, bool mentionNeeded, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(BotLanguages.FromLocale(turnContext.Activity.Locale));
        var welcome = mentionNeeded ? $"{texts.Welcome}\n\n{texts.MentionMe}" : texts.Welcome;
        return SendAsync(turnContext, welcome, cancellationToken, texts.WelcomeReplies);
    }

    private async Task RunCommandAsync(ITurnContext turnContext, BotCommand command, ConversationKey key, BotTexts texts, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case BotCommandKind.Help:
                await SendAsync(turnContext, texts.Help, cancellationToken, texts.HelpReplies);
                break;
            case BotCommandKind.Reset:
                var forgotten = await engine.ResetAsync(key, cancellationToken);
                logger.LogInformation("Conversation {Conversation}: reset ({Result})", key.ToLogId(), forgotten ? "state deleted" : "no state");
                await SendAsync(turnContext, forgotten ? texts.ResetDone : texts.ResetNothingToForget, cancellationToken);
                break;
            case BotCommandKind.About:
                var info = models.CurrentInfo;
                await SendAsync(turnContext, info is null ? texts.Fallback : texts.About(info, recallOptions.Value.For(info)), cancellationToken);
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

    /// <param name="quickReplies">
    /// Shown as suggested actions, except in group conversations: a tapped button posts its text without the bot's
    /// @mention, so in a Teams channel or group chat the bot would never receive it.
    /// </param>
    private static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken, IReadOnlyList<QuickReply>? quickReplies = null)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = turnContext.Activity.Locale;
        if (quickReplies is { Count: > 0 } && !IsGroup(turnContext.Activity))
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = quickReplies.Select(quick => new CardAction(ActionTypes.ImBack, quick.Title, value: quick.Command)).ToList(),
            };
        }
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
