using ChatBot.Bot.Configuration;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// POST /api/messages: reads and checks the activity, then hands it to the adapter (authentication, then the bot).
/// Malformed requests get a 4xx with a message; they never reach the SDK or the model.
/// </summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task HandleAsync(
        HttpContext http,
        ChatBotAdapter adapter,
        IBot bot,
        IOptions<TurnOptions> turnOptions,
        IOptions<BotFrameworkOptions> frameworkOptions,
        IOptions<AccessOptions> accessOptions,
        ILogger<ChatBotAdapter> logger)
    {
        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        if (!IsJson(request.ContentType))
        {
            await Results.Problem("Send the activity as JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(http);
            return;
        }
        var authHeader = request.Headers.Authorization.ToString();
        if (frameworkOptions.Value.AuthenticationEnabled && !BearerTokenShape.IsPlausible(authHeader))
        {
            // No token the Bot Framework could have issued: refuse before reading the body, and without asking the
            // identity provider for signing keys on behalf of an anonymous caller.
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var maxBytes = turnOptions.Value.MaxRequestBytes;
        if (request.ContentLength > maxBytes)
        {
            await TooLarge(http, maxBytes);
            return;
        }
        JToken body;
        try
        {
            var text = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
            if (text is null)
            {
                await TooLarge(http, maxBytes);
                return;
            }
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            // Duplicate names are refused: parsers disagree on which one counts, so such a body means different things to different readers.
            body = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonException exception)
        {
            await BadRequest(http, $"The body is not valid JSON: {exception.Message}");
            return;
        }

        if (ActivityRequestValidator.Validate(body) is { } problem)
        {
            await BadRequest(http, problem);
            return;
        }
        Activity activity;
        try
        {
            activity = body.ToObject<Activity>(HttpHelper.BotMessageSerializer)!;
        }
        catch (JsonException exception)
        {
            await BadRequest(http, $"The body is not a valid activity: {exception.Message}");
            return;
        }
        if (!frameworkOptions.Value.AuthenticationEnabled && !AnonymousAccess.MayReplyTo(new Uri(activity.ServiceUrl), accessOptions.Value))
        {
            // With authentication the SDK checks the service URL against the token's serviceurl claim instead.
            await BadRequest(http, "Without authentication (MicrosoftAppId empty) the bot replies only to loopback service URLs " +
                                   "and those listed in Bot:Access:AnonymousServiceUrls; this activity's 'serviceUrl' is neither.");
            return;
        }

        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessValidatedActivityAsync(authHeader, activity, bot, cancellationToken);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException)
        {
            // The SDK refuses a bad audience or service URL with UnauthorizedAccessException but lets the token
            // library's own verdicts through (expired, wrongly signed, malformed): all of them mean 401.
            logger.LogWarning("Refused an activity whose Authorization token is not valid ({Reason})", exception.GetType().Name);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Turn errors are handled inside the adapter (OnTurnError); what escapes it failed before the turn, typically
            // the signing keys of the identity provider could not be fetched. The channel retries a 503.
            logger.LogError(exception, "Could not authenticate or dispatch an activity");
            await Results.Problem("The bot could not verify or dispatch this activity right now; try again later.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
            return;
        }
        await HttpHelper.WriteResponseAsync(http.Response, response);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <returns>The body as text, or null when it is longer than <paramref name="maxBytes"/>.</returns>
    private static async Task<string?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        // JSON may start with a UTF-8 byte order mark, which a reader may ignore (RFC 8259, 8.1): it is not text.
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return System.Text.Encoding.UTF8.GetString(bytes.StartsWith(Utf8ByteOrderMark) ? bytes[Utf8ByteOrderMark.Length..] : bytes);
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static Task BadRequest(HttpContext http, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity").ExecuteAsync(http);

    private static Task TooLarge(HttpContext http, int maxBytes) =>
        Results.Problem($"The activity is larger than {maxBytes} bytes (Bot:Turns:MaxRequestBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http);
}
