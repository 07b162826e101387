using System.Net;
using System.Text.RegularExpressions;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests.Localization;

/// <summary>A first visit, before any choice: the sign-in page speaks the browser's language, and reads right to left in Arabic.</summary>
[Collection(ApiCollection.Name)]
public partial class SignInLanguageTests(ApiFactory api)
{
    [Theory]
    [InlineData("ar", "ar", "rtl")]
    [InlineData("ar-EG,ar;q=0.9,en;q=0.5", "ar", "rtl")]
    [InlineData("zh", "zh", "ltr")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh", "ltr")]
    [InlineData("fr", "fr", "ltr")]
    [InlineData("fr-CH, fr;q=0.9", "fr", "ltr")]
    [InlineData("de-DE,de;q=0.9", "en", "ltr")]
    public async Task The_sign_in_page_speaks_the_language_the_browser_asks_for(string acceptLanguage, string language, string direction)
    {
        using var client = api.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = HtmlElement().Match(html);
        Assert.True(root.Success, "no <html> element");
        Assert.Contains($"lang=\"{language}\"", root.Value);
        Assert.Contains($"dir=\"{direction}\"", root.Value);
        // Blazor writes characters outside ASCII as &#x...; references.
        var text = WebUtility.HtmlDecode(html);
        var layout = UiTexts.Of("Web/Components/Layout/MainLayout", language);
        Assert.Contains(layout["SkipToContent"], text);
        Assert.Contains(layout["Tagline"], text);
        var languages = UiTexts.Of("Web/Components/Layout/LanguageChoice", language);
        Assert.Contains($"aria-label=\"{languages["Label"]}\"", text);
        // The page's own texts, once they are translated.
        var page = UiTexts.Of("Web/Components/Pages/SignIn", language);
        if (page.Count > 0)
            Assert.True(UiTexts.Literal(page).Count(text.Contains) >= 2, $"the sign-in page shows fewer than two of its {language} texts");
        if (language != "en") Assert.DoesNotContain(UiTexts.Of("Web/Components/Layout/MainLayout", "en")["SkipToContent"], text);
    }

    [GeneratedRegex("<html[^>]*>")]
    private static partial Regex HtmlElement();
}
