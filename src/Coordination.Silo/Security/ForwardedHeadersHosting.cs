using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Coordination.Silo.Security;

/// <summary>
/// The "ForwardedHeaders" section: the proxies whose X-Forwarded-For and X-Forwarded-Proto the host believes.
/// Loopback is always trusted; lists are comma-separated, so that one environment variable holds them.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. "10.1.2.3, fd00::3".</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public string KnownNetworks { get; set; } = "";
}

/// <summary>
/// Behind a TLS proxy the host itself speaks plain HTTP. Reading the proxy's headers tells it the browser used
/// https, which makes cookies Secure, lets HSTS be sent and gives the OIDC provider an https callback address.
/// </summary>
public static class ForwardedHeadersHosting
{
    public static WebApplicationBuilder AddCoordinationForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new();
        // Parsed here, so that a mistyped address stops the start rather than every request.
        var proxies = Entries(settings.KnownProxies).Select(entry => IPAddress.TryParse(entry, out var address) ? address
            : throw Problem(nameof(settings.KnownProxies), entry, "an IP address")).ToList();
        var networks = Entries(settings.KnownNetworks).Select(entry => System.Net.IPNetwork.TryParse(entry, out var network) ? network
            : throw Problem(nameof(settings.KnownNetworks), entry, "a network in CIDR notation (e.g. 10.0.0.0/8)")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Added to ASP.NET Core's defaults, which trust loopback only.
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the browser's scheme and address.</summary>
    public static WebApplication UseCoordinationForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    private static string[] Entries(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static ConfigurationProblem Problem(string setting, string entry, string expected) =>
        new($"{ForwardedHeadersSettings.Section}:{setting} has '{entry}', which is not {expected}.");
}
