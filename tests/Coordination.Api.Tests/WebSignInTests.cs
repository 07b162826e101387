using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>The web UI's sign-in and sign-out forms: where they send the browser, and what they refuse.</summary>
[Collection(ApiCollection.Name)]
public class WebSignInTests(ApiFactory api)
{
    private HttpClient Browser() => api.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_address_off_this_site_sends_the_user_home(string returnUrl)
    {
        var browser = Browser();
        var page = await browser.GetAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var signIn = await WebSignIn.PostAsync(browser, "pierre.martin", WebSignIn.TokenIn(await page.Content.ReadAsStringAsync()), returnUrl);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_address_on_this_site_is_followed()
    {
        var browser = Browser();

        var signIn = await WebSignIn.PostAsync(browser, "pierre.martin", await WebSignIn.AntiforgeryTokenAsync(browser), "/calendar/AFR?month=2027-03");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/calendar/AFR?month=2027-03", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token_of_a_page()
    {
        var web = await api.WebSignedInAsync("pierre.martin");

        var forged = await web.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        await forged.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("/charts")).StatusCode);

        // The Sign out button's form, as the page renders it for the signed-in user.
        var token = WebSignIn.TokenIn(await web.GetStringAsync("/topics"));
        var signOut = await web.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/signin", signOut.Headers.Location?.OriginalString);
        var after = await web.GetAsync("/charts");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery);
    }
}
