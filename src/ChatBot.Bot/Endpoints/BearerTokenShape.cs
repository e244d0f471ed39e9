using System.Buffers.Text;
using System.Text.Json;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// A cheap look at an Authorization header before the SDK validates it: Bot Framework channels send
/// "Bearer header.payload.signature" with an RS256 signature. Anything else (no header, another scheme, an unsigned
/// "alg: none" token, a payload that is not JSON) cannot be valid, so it is refused without fetching the identity provider's signing keys.
/// </summary>
public static class BearerTokenShape
{
    private const string Scheme = "Bearer ";

    public static bool IsPlausible(string? authorizationHeader)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var parts = authorizationHeader[Scheme.Length..].Trim().Split('.');
        if (parts.Length != 3 || parts.Any(part => part.Length == 0))
        {
            return false;
        }
        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            // The payload must be a JSON object too: the SDK parses it before validating anything and fails on garbage
            // with an ArgumentException that would look like an outage rather than a bad token.
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return header.RootElement.ValueKind == JsonValueKind.Object
                   && header.RootElement.TryGetProperty("alg", out var algorithm)
                   && algorithm.ValueKind == JsonValueKind.String
                   && algorithm.GetString() == "RS256"
                   && payload.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }
}
