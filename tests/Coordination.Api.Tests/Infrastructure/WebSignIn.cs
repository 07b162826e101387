using System.Net;
using System.Text.RegularExpressions;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// The development sign-in form as a browser submits it: the antiforgery token of the page (whose cookie the page
/// sets too), then the post that sets the web cookie. The client must keep cookies and not follow redirects.
/// </summary>
public static partial class WebSignIn
{
    public static async Task SignInAsync(HttpClient browser, string user)
    {
        using var response = await PostAsync(browser, user, await AntiforgeryTokenAsync(browser));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"Signing in to the web UI as '{user}' answered {(int)response.StatusCode}, to {response.Headers.Location}.");
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser)
    {
        var token = AntiforgeryInput().Match(await browser.GetStringAsync("/signin"));
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string user, string antiforgeryToken) =>
        browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgeryToken,
            ["user"] = user,
            ["returnUrl"] = "/",
        }));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
