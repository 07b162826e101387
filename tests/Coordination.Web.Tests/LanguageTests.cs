using Coordination.Testing.Web;
using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>
/// The pages in Arabic (right to left) and Chinese: chosen from the header, they keep the reader's page, speak the
/// language of the resource files, and fit the screen on a desktop and on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LanguageTests(BrowserFixture browser)
{
    private const string Calendar = "/calendar/AFR?month=2027-03";

    /// <summary>A demo alert between a Chinese and an English activity, so that its page shows both scripts.</summary>
    private const string ChineseDemoTitle = "云数据中心能源效率指标技术报告";

    private static readonly string[] NavKeys = ["Dashboard", "Register", "Topics", "Calendar", "Charts"];

    /// <summary>The pages measured, each with the component whose resources hold its texts.</summary>
    private static readonly (string Name, string Component)[] Pages =
    [
        ("dashboard", "AlertDashboard"), ("alert", "AlertDetail"), ("register", "RegisterActivity"), ("calendar", "RegionalCalendar"),
        ("timeline", "RegionalCalendar"), ("charts", "Charts"),
    ];

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("zh", "ltr")]
    public async Task Choosing_a_language_in_the_header_keeps_the_page_and_its_query_and_speaks_the_language(string language, string direction)
    {
        var user = await browser.SignInAsync("helena.berg");
        await browser.GoToAsync(user, Calendar);
        await Expect(user.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await user.GetByTestId($"language-{language}").ClickAsync();

        // The link sets the language and comes back: a new document, in the language, on the same page.
        await Expect(user.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(user.Locator("html")).ToHaveAttributeAsync("dir", direction);
        Assert.Equal(new Uri(browser.Host.BaseAddress, Calendar), new Uri(user.Url));
        await BrowserFixture.WaitUntilInteractiveAsync(user);

        var nav = UiTexts.Of("Web/Components/Layout/NavMenu", language);
        await Expect(user.Locator("header nav:not(.languages) a")).ToHaveTextAsync(NavKeys.Select(k => nav[k]).ToArray());
        await Expect(user.Locator("header nav:not(.languages)")).ToHaveAttributeAsync("aria-label", nav["Label"]);
        var current = user.Locator("nav.languages [aria-current]");
        await Expect(current).ToHaveAttributeAsync("lang", language);
        await Expect(user.GetByTestId($"language-{language}")).ToHaveCountAsync(0);
        // English is one link away, and the calendar still shows March 2027 in Africa.
        await Expect(user.GetByTestId("language-en")).ToBeVisibleAsync();
        await Expect(user.GetByTestId("month-view").Locator("[data-date='2027-03-10']")).ToBeVisibleAsync();
        await ExpectPageTextsAsync(user, "RegionalCalendar", language);
    }

    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("ar", 390)]
    [InlineData("zh", 1280)]
    [InlineData("zh", 390)]
    public async Task The_pages_fit_the_screen_in_Arabic_and_Chinese_on_a_desktop_and_on_a_phone(string language, int width)
    {
        var user = await browser.SignInAsync("admin", width, height: width < 600 ? 844 : 900);
        await user.GotoAsync(LocalizationUrl(language, "/"));
        await BrowserFixture.WaitUntilInteractiveAsync(user);
        await Expect(user.Locator("html")).ToHaveAttributeAsync("lang", language);
        var alertRow = user.Locator("[data-testid=alert-list] tbody tr", new() { HasText = ChineseDemoTitle }).First;
        await Expect(alertRow).ToBeVisibleAsync();
        var alertId = await alertRow.GetAttributeAsync("data-alert-id");
        var overflowing = new List<string>();

        foreach (var (name, component) in Pages)
        {
            switch (name)
            {
                case "dashboard":
                    if (width > 1000 && language == "ar") await BrowserFixture.ScreenshotAsync(user, "dashboard-ar");
                    break;
                case "alert":
                    await browser.GoToAsync(user, $"/alerts/{alertId}");
                    await Expect(user.GetByTestId("evidence")).ToBeVisibleAsync();
                    if (width > 1000 && language == "zh") await BrowserFixture.ScreenshotAsync(user, "alert-zh");
                    break;
                case "register":
                    await browser.GoToAsync(user, "/activities/new");
                    // Nothing filled in: the form answers with its errors, which must fit too.
                    await user.GetByTestId("save").ClickAsync();
                    await Expect(user.GetByTestId("save-errors")).ToBeVisibleAsync();
                    break;
                case "calendar":
                    await browser.GoToAsync(user, Calendar);
                    // A phone shows the month as an agenda of the days with events; a desktop, the grid.
                    await Expect(user.GetByTestId(width < 700 ? "agenda" : "month-view").Locator(".event.clash").First).ToBeVisibleAsync();
                    break;
                case "timeline":
                    await browser.GoToAsync(user, Calendar + "&view=timeline");
                    await Expect(user.GetByTestId("timeline-view")).ToBeVisibleAsync();
                    break;
                case "charts":
                    await browser.GoToAsync(user, "/charts");
                    await Expect(user.Locator("svg.chart").First).ToBeVisibleAsync();
                    break;
            }
            await Expect(user.Locator("html")).ToHaveAttributeAsync("dir", language == "ar" ? "rtl" : "ltr");
            if (await BrowserFixture.OverflowAsync(user) is { } overflow) overflowing.Add($"{name}: {overflow}");
            await ExpectPageTextsAsync(user, component, language);
        }

        Assert.True(overflowing.Count == 0, $"wider than {width} px in {language}:{Environment.NewLine}{string.Join(Environment.NewLine, overflowing)}");
    }

    private static string LocalizationUrl(string language, string returnUrl) =>
        $"/culture?set={language}&returnUrl={Uri.EscapeDataString(returnUrl)}";


    /// <summary>
    /// Once a page's texts are translated (its resource file exists in the language), the page shows several of them.
    /// Texts with placeholders and those shown only in some states are not all there; three literal ones always are.
    /// </summary>
    private static async Task ExpectPageTextsAsync(IPage page, string component, string language)
    {
        var texts = UiTexts.Literal(UiTexts.Of($"Web/Components/Pages/{component}", language)).Distinct().ToList();
        if (texts.Count == 0) return;
        var shown = await page.Locator("main").InnerTextAsync();
        var found = texts.Where(t => shown.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count >= Math.Min(3, texts.Count),
            $"{component} in {language} shows {found.Count} of its {texts.Count} texts: {string.Join(" | ", found)}");
    }
}
