using Microsoft.Extensions.Options;

namespace ChatBot.Bot;

/// <summary>Turns the reasons the bot could not start (bad settings, unusable model file) into a message for the console.</summary>
public static class StartupFailure
{
    /// <returns>Null when <paramref name="exception"/> is not a start-up problem the user can fix from the message.</returns>
    public static string? Describe(Exception exception)
    {
        var settings = exception switch
        {
            OptionsValidationException single => single.Failures.ToArray(),
            AggregateException many when many.InnerExceptions.All(inner => inner is OptionsValidationException) =>
                many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures).ToArray(),
            _ => null,
        };
        if (settings is not null)
        {
            return "The bot cannot start; fix these settings:" + string.Concat(settings.Select(problem => Environment.NewLine + "  - " + problem));
        }
        return exception is Models.ModelStartupException or State.StateStoreUnavailableException
            ? "The bot cannot start: " + exception.Message
            : null;
    }
}
