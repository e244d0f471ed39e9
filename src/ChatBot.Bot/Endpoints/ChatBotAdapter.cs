using ChatBot.Bot.Localization;
using ChatBot.Bot.State;
using ChatBot.Bot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// The Bot Framework adapter, with a single constructor so DI can build it (CloudAdapter's own two public
/// constructors are ambiguous to the container), and a turn-error handler that logs and apologises.
/// </summary>
public sealed class ChatBotAdapter : CloudAdapter
{
    public ChatBotAdapter(BotFrameworkAuthentication authentication, BotMetrics metrics, ILoggerFactory loggerFactory)
        // The SDK logs conversation ids at Information; its own category is capped at Warning (see BotApplication).
        : base(authentication, loggerFactory.CreateLogger("Microsoft.Bot.Builder"))
    {
        var logger = loggerFactory.CreateLogger<ChatBotAdapter>();
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            var conversation = activity.Conversation?.Id is { Length: > 0 } id && !string.IsNullOrEmpty(activity.ChannelId)
                ? new ConversationKey(activity.ChannelId, id).ToLogId()
                : "?";
            var texts = BotTexts.For(BotLanguages.FromLocale(activity.Locale));
            string apology;
            switch (exception)
            {
                // Expected outages, not bugs: one clear line each, no stack trace.
                case StateStoreUnavailableException unavailable:
                    logger.LogWarning("Conversation {Conversation}: {Reason} Sent the fallback reply; nothing was stored", conversation, unavailable.Message);
                    metrics.StoreError();
                    metrics.TurnFailed("state_store");
                    apology = texts.Fallback;
                    break;
                case ConversationBusyException busy:
                    logger.LogWarning("{Reason} Sent the fallback reply", busy.Message);
                    metrics.TurnFailed("busy");
                    apology = texts.Fallback;
                    break;
                default:
                    logger.LogError(exception, "Turn failed: {ActivityType} activity in conversation {Conversation}", activity.Type, conversation);
                    apology = texts.SomethingWentWrong;
                    break;
            }
            if (activity.Type != ActivityTypes.Message)
            {
                return;
            }
            try
            {
                var reply = MessageFactory.Text(apology);
                reply.Locale = activity.Locale;
                await turnContext.SendActivityAsync(reply);
            }
            catch (Exception sendFailure)
            {
                logger.LogError(sendFailure, "Could not tell conversation {Conversation} that its turn failed", conversation);
            }
        };
    }

    /// <summary>Runs an activity that <see cref="ActivityRequestValidator"/> has accepted through authentication and the bot.</summary>
    /// <exception cref="UnauthorizedAccessException">Authentication is on and the request's token is not valid.</exception>
    public Task<InvokeResponse> ProcessValidatedActivityAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader ?? "", activity, bot.OnTurnAsync, cancellationToken);
}
