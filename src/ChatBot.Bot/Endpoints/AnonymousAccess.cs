using System.Net;
using ChatBot.Bot.Configuration;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// The limits of running without Bot Framework credentials: nothing proves who sent an activity, so without
/// <see cref="AccessOptions.AllowAnonymous"/> the bot listens only on loopback addresses, and it replies only to
/// loopback service URLs or <see cref="AccessOptions.AnonymousServiceUrls"/> — else any caller could make it POST to
/// any server it can reach.
/// </summary>
public static class AnonymousAccess
{
    public static bool IsLoopbackHost(string host)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>Whether a reply to <paramref name="serviceUrl"/> may be sent without authentication.</summary>
    public static bool MayReplyTo(Uri serviceUrl, AccessOptions options) =>
        IsLoopbackHost(serviceUrl.Host)
        || options.AnonymousServiceUrls.Any(entry => Uri.TryCreate(entry, UriKind.Absolute, out var allowed)
            && Uri.Compare(serviceUrl, allowed, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && WithTrailingSlash(serviceUrl.AbsolutePath).StartsWith(WithTrailingSlash(allowed.AbsolutePath), StringComparison.Ordinal));

    public static bool IsServiceUrlEntry(string entry) =>
        Uri.TryCreate(entry, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    /// <summary>
    /// The URLs the web server will listen on that are not loopback-only, from the same settings Kestrel reads:
    /// Kestrel:Endpoints when present, else urls (--urls, ASPNETCORE_URLS), else http_ports/https_ports (every address).
    /// </summary>
    public static IReadOnlyList<string> ReachableListenUrls(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>().ToArray();
        var urls = endpoints.Length > 0
            ? endpoints
            : configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } list
                ? list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : PortUrls(configuration);
        return urls.Where(url => !IsLoopbackHost(HostOf(url))).ToArray();
    }

    private static string[] PortUrls(IConfiguration configuration) =>
    [
        .. Ports(configuration[WebHostDefaults.HttpPortsKey]).Select(port => $"http://*:{port}"),
        .. Ports(configuration[WebHostDefaults.HttpsPortsKey]).Select(port => $"https://*:{port}"),
    ];

    private static string[] Ports(string? list) => list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The host of a listen URL, which may be a wildcard (http://*:80, http://+:80) that Uri does not parse.</summary>
    private static string HostOf(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var end = rest.IndexOf('/');
        var authority = end < 0 ? rest : rest[..end];
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            return close < 0 ? authority : authority[..(close + 1)];
        }
        var colon = authority.LastIndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }

    private static string WithTrailingSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
