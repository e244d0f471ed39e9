using System.Buffers.Text;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests.Fakes;

/// <summary>
/// Stands in for the Bot Framework's token issuer: serves an OpenID metadata document and its signing keys over HTTPS on
/// 127.0.0.1 (the SDK insists on HTTPS), with a certificate from a test CA written to <see cref="CaCertificatePath"/>,
/// and mints tokens with its own key. A bot process started with SSL_CERT_FILE pointing at that file trusts it; no
/// request ever leaves the machine.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "test-signing-key";

    private readonly WebApplication _app;
    private readonly RSA _signingKey = RSA.Create(2048);

    private FakeIdentityProvider(WebApplication app, string caCertificatePath)
    {
        _app = app;
        CaCertificatePath = caCertificatePath;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The channel metadata document (Bot Framework setting ToBotFromChannelOpenIdMetadataUrl).</summary>
    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>PEM file with the CA that signed the HTTPS certificate.</summary>
    public string CaCertificatePath { get; }

    /// <summary>Settings that point the SDK's token validation (and anything else it might call) at this provider.</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = BaseUrl + "/login",
        ["ToChannelFromBotOAuthScope"] = Issuer,
        ["OAuthUrl"] = BaseUrl + "/oauth",
        ["ValidateAuthority"] = "false",
    };

    public static async Task<FakeIdentityProvider> StartAsync(string folder)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=ChatBot test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(6), [1, 2, 3, 4, 5, 6, 7, 8]);
        // Kestrel wants a certificate whose key it can use; a PKCS#12 round trip gives one.
        var server = X509CertificateLoader.LoadPkcs12(issued.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pkcs12), null);

        var caPath = Path.Combine(folder, "test-ca.pem");
        await File.WriteAllTextAsync(caPath, ca.ExportCertificatePem() + "\n");

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(server)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app, caPath);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = provider.BaseUrl + "/authorize",
            ["jwks_uri"] = provider.BaseUrl + "/v1/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () => Results.Json(new { keys = new[] { provider.PublicJwk() } }));
        await app.StartAsync();
        provider.BaseUrl = app.Urls.Single().TrimEnd('/');
        return provider;
    }

    /// <summary>A token as a channel would send it; every part can be made wrong.</summary>
    public string CreateToken(string audience, string serviceUrl, DateTime? notBefore = null, DateTime? expires = null, string issuer = Issuer,
        SigningCredentials? signedWith = null)
    {
        var now = DateTime.UtcNow;
        var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateEncodedJwt(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-5),
            IssuedAt = notBefore ?? now.AddMinutes(-5),
            Expires = expires ?? now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = signedWith ?? new SigningCredentials(new RsaSecurityKey(_signingKey) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _signingKey.Dispose();
    }

    private Dictionary<string, object> PublicJwk()
    {
        var parameters = _signingKey.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            // The Bot Framework lists the channels each key may sign for; the SDK checks the activity's channel is among them.
            ["endorsements"] = new[] { "emulator", "msteams", "webchat" },
        };
    }
}
