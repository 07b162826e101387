using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>A regional director's calendar in a real browser: the region's clashes shown, a planned event checked, free windows found.</summary>
[Collection(BrowserCollection.Name)]
public class RegionalCalendarTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_director_sees_the_regions_clashes_checks_a_planned_event_and_finds_free_windows()
    {
        var director = await browser.SignInAsync("director.afr");

        // March 2027 in Africa: BDT's and TSB's AI workshops in Nairobi on consecutive days (demo data).
        await browser.GoToAsync(director, "/calendar/AFR?month=2027-03");
        var month = director.GetByTestId("month-view");
        await Expect(month.Locator(".event.clash", new() { HasText = "Regional Workshop on AI Policy and Skills for Africa" }).First).ToBeVisibleAsync();
        await Expect(month.Locator(".event.clash", new() { HasText = "ITU-T Workshop on Artificial Intelligence Standards for Africa" }).First).ToBeVisibleAsync();

        // A third AI workshop in Nairobi the same week clashes with both, in time and place and in subject.
        await director.Locator("#planned-title").FillAsync("Artificial intelligence skills workshop for African regulators");
        await director.Locator("#planned-country").FillAsync("KE");
        await director.Locator("#planned-city").FillAsync("Nairobi");
        await director.Locator("#planned-start").FillAsync("2027-03-09T09:00");
        await director.Locator("#planned-end").FillAsync("2027-03-11T17:00");
        await director.Locator("#planned-timezone").FillAsync("Africa/Nairobi");
        await director.GetByRole(AriaRole.Checkbox, new() { Name = "BDT", Exact = true }).CheckAsync();
        await Expect(director.GetByTestId("check-event")).ToBeEnabledAsync();
        await director.GetByTestId("check-event").ClickAsync();
        var clashes = director.GetByTestId("clash-result");
        await Expect(clashes.Filter(new() { HasText = "Regional Workshop on AI Policy and Skills for Africa" })).ToHaveCountAsync(1);
        await Expect(clashes.Filter(new() { HasText = "ITU-T Workshop on Artificial Intelligence Standards for Africa" })).ToHaveCountAsync(1);

        // Free windows: somewhere in 2027 without a clash, best first.
        await director.Locator("#windows-days").FillAsync("3");
        await director.Locator("#windows-from").FillAsync("2027-03-01");
        await director.Locator("#windows-to").FillAsync("2027-05-31");
        await director.GetByTestId("find-windows").ClickAsync();
        await Expect(director.GetByTestId("free-window").First).ToBeVisibleAsync();

        await month.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(director, "calendar");
    }
}
