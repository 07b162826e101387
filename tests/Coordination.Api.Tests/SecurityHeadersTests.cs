using System.Net;
using System.Text.RegularExpressions;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>Every response, page or API, file or error, carries one content security policy and the other security headers.</summary>
[Collection(ApiCollection.Name)]
public partial class SecurityHeadersTests(ApiFactory api)
{
    [Theory]
    [InlineData("/signin", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/api/activities", HttpStatusCode.Unauthorized)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    [InlineData("/charts", HttpStatusCode.Redirect)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        var response = await api.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_signed_in_page_carries_one_policy_and_no_inline_script()
    {
        var web = await api.WebSignedInAsync("helena.berg");

        var response = await web.GetAsync("/charts");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("<script src=", html);
        // script-src 'self' refuses inline scripts (an import map among them).
        Assert.DoesNotMatch(InlineScript(), html);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
