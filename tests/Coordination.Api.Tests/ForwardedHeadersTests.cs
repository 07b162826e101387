using System.Net;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Hosting;
using Coordination.Silo.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Coordination.Api.Tests;

/// <summary>
/// Behind a TLS proxy: the host believes X-Forwarded-Proto from loopback and the configured proxy networks only,
/// and then marks its cookies Secure.
/// </summary>
[Collection(ApiCollection.Name)]
public class ForwardedHeadersTests(ApiFactory api)
{
    private static readonly Dictionary<string, string> Https = new() { ["X-Forwarded-Proto"] = "https" };

    [Fact]
    public async Task Behind_a_TLS_proxy_on_loopback_the_antiforgery_and_web_cookies_are_secure()
    {
        var page = await ProxiedRequest.SendAsync(api.Server, IPAddress.Loopback, "GET", "/signin", Https);
        var antiforgery = ProxiedRequest.SetCookie(page, ".AspNetCore.Antiforgery.");
        var token = WebSignIn.TokenIn(await ProxiedRequest.BodyAsync(page));

        var signIn = await ProxiedRequest.SendAsync(api.Server, IPAddress.Loopback, "POST", "/signin",
            new Dictionary<string, string>(Https) { ["Cookie"] = ProxiedRequest.NameAndValue(antiforgery) },
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["user"] = "amina.diallo", ["returnUrl"] = "/" });

        Assert.True(ProxiedRequest.IsSecure(antiforgery), antiforgery);
        Assert.Equal(StatusCodes.Status302Found, signIn.Response.StatusCode);
        var web = ProxiedRequest.SetCookie(signIn, "coordination-web=");
        Assert.True(ProxiedRequest.IsSecure(web), web);
    }

    [Fact]
    public async Task Forwarded_https_from_an_address_that_is_no_known_proxy_is_ignored()
    {
        var page = await ProxiedRequest.SendAsync(api.Server, IPAddress.Parse("203.0.113.9"), "GET", "/signin", Https);

        var antiforgery = ProxiedRequest.SetCookie(page, ".AspNetCore.Antiforgery.");
        Assert.False(ProxiedRequest.IsSecure(antiforgery), antiforgery);
    }

    [Theory]
    [InlineData("KnownNetworks", "10.1.2.0/24, 10.0.0.0/33", "10.0.0.0/33")]
    [InlineData("KnownProxies", "10.1.2.3, proxy.internal", "proxy.internal")]
    public void A_proxy_setting_that_does_not_parse_stops_the_start(string setting, string value, string wrong)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[$"ForwardedHeaders:{setting}"] = value;

        var problem = Assert.Throws<ConfigurationProblem>(() => builder.AddCoordinationForwardedHeaders());

        Assert.Contains($"ForwardedHeaders:{setting}", problem.Message);
        Assert.Contains($"'{wrong}'", problem.Message);
    }
}

/// <summary>Outside Development, https requests (as the proxy received them) get HSTS; plain http and untrusted proxies do not.</summary>
public class StrictTransportSecurityTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    private static readonly Dictionary<string, string> Https = new() { ["X-Forwarded-Proto"] = "https" };

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("192.0.2.10")] // in ForwardedHeaders:KnownNetworks
    public async Task Https_through_a_trusted_proxy_gets_HSTS(string proxy)
    {
        var response = await ProxiedRequest.SendAsync(api.Server, IPAddress.Parse(proxy), "GET", "/health/live", Https);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        Assert.Equal("max-age=2592000", response.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task Plain_http_and_https_claimed_by_an_unknown_address_get_no_HSTS()
    {
        var plain = await ProxiedRequest.SendAsync(api.Server, IPAddress.Loopback, "GET", "/health/live", new Dictionary<string, string>());
        var spoofed = await ProxiedRequest.SendAsync(api.Server, IPAddress.Parse("203.0.113.9"), "GET", "/health/live", Https);

        Assert.Equal(StatusCodes.Status200OK, plain.Response.StatusCode);
        Assert.False(plain.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal(StatusCodes.Status200OK, spoofed.Response.StatusCode);
        Assert.False(spoofed.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
