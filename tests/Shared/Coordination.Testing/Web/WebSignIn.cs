using System.Net;
using System.Text.RegularExpressions;

namespace Coordination.Testing.Web;

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

    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser) => TokenIn(await browser.GetStringAsync("/signin"));

    /// <summary>The antiforgery token of the first form of a page.</summary>
    public static string TokenIn(string html)
    {
        var token = AntiforgeryInput().Match(html);
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string user, string antiforgeryToken, string returnUrl = "/") =>
        browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgeryToken,
            ["user"] = user,
            ["returnUrl"] = returnUrl,
        }));

    /// <summary>Signs in and returns the web cookie as a Cookie header, to present to another host.</summary>
    public static async Task<string> WebCookieAsync(HttpClient browser, string user)
    {
        using var response = await PostAsync(browser, user, await AntiforgeryTokenAsync(browser));
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        // "name=value; path=/; ..." for the cookie and any chunks it was split into.
        var web = cookies.Where(c => c.StartsWith("coordination-web", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).ToList();
        return web.Count > 0 ? string.Join("; ", web) : throw new InvalidOperationException($"Signing in as '{user}' set no web cookie.");
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
