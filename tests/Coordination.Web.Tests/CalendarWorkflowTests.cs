using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coordination.Testing.Web;
using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>
/// A regional director's calendar work in a real browser: one event created, edited against a concurrent change and deleted
/// through the form; an .ics file previewed, then imported or cancelled; the calendar on a phone and on the next month with events.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CalendarWorkflowTests(BrowserFixture browser)
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    [Fact]
    public async Task A_director_creates_an_event_in_a_picked_time_zone_and_finds_it_at_that_local_time()
    {
        var director = await browser.SignInAsync("director.afr");
        await browser.GoToAsync(director, "/calendar/AFR?month=2031-06");
        await director.GetByTestId("new-event").ClickAsync();
        await director.WaitForURLAsync(url => url.Contains("/calendar/events/new", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilInteractiveAsync(director);

        // Saved empty: each field says what it needs, next to it, and nothing is stored.
        await director.GetByTestId("save-event").ClickAsync();
        await Expect(director.GetByTestId("error-title")).ToHaveTextAsync("Give a title.");
        await Expect(director.GetByTestId("error-start")).ToBeVisibleAsync();

        // The Democratic Republic of the Congo has two zones: choosing the country brings its primary one, and the other can be picked.
        var title = Unique("Spectrum clinic");
        await director.Locator("#event-title").FillAsync(title);
        await director.Locator("#event-country").SelectOptionAsync("CD");
        await Expect(director.Locator("#event-timezone")).ToHaveValueAsync("Africa/Kinshasa");
        await Expect(director.Locator("#event-timezone optgroup").First.Locator("option")).ToHaveCountAsync(2);
        await director.Locator("#event-timezone").SelectOptionAsync("Africa/Lubumbashi");
        await director.Locator("#event-city").FillAsync("Lubumbashi");
        await director.Locator("#event-start").FillAsync("2031-06-17T14:00");
        await director.Locator("#event-end").FillAsync("2031-06-17T17:30");
        await director.GetByRole(AriaRole.Checkbox, new() { Name = "BDT", Exact = true }).CheckAsync();
        await director.GetByTestId("save-event").ClickAsync();

        // Back on the calendar's month, at 14:00 on the venue's clock (12:00 UTC), its details open.
        await director.WaitForURLAsync(url => url.Contains("/calendar/AFR?month=2031-06", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var entry = director.GetByTestId("month-view").Locator("[data-date='2031-06-17'] .event", new() { HasText = title });
        await Expect(entry.Locator(".time")).ToHaveTextAsync("14:00");
        var when = director.GetByTestId("event-when");
        await Expect(when).ToContainTextAsync("14:00–17:30");
        await Expect(when).ToContainTextAsync("Africa/Lubumbashi");
        await Expect(when).ToContainTextAsync("12:00–15:30 UTC");
    }

    [Fact]
    public async Task An_edit_made_after_someone_else_changed_the_event_is_refused_shown_and_reloaded_and_a_delete_asks_first()
    {
        var director = await browser.SignInAsync("director.afr");
        using var api = await ApiAsync("director.afr");
        var id = await CreateAsync(api, "Numbering seminar", "2031-07-08T09:00:00");
        await browser.GoToAsync(director, $"/calendar/events/{id}/edit");
        await Expect(director.Locator("#event-city")).ToHaveValueAsync("Nairobi");

        // Someone else moves it to Mombasa meanwhile.
        var etag = (await api.GetAsync($"/api/events/{id}")).Headers.ETag!.Tag;
        var moved = new
        {
            title = "Numbering seminar", kind = "Workshop", start = "2031-07-08T09:00:00", end = "2031-07-08T17:00:00", timeZone = "Africa/Nairobi",
            city = "Mombasa", country = "KE", organisingSectors = new[] { "BDT" },
        };
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}") { Content = JsonContent.Create(moved) };
        put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);

        await director.Locator("#event-title").FillAsync("Numbering seminar, renamed");
        await director.GetByTestId("save-event").ClickAsync();
        var conflict = director.GetByTestId("event-conflict");
        await Expect(conflict).ToContainTextAsync("Mombasa");
        Assert.Equal("Mombasa", (await EventAsync(api, id)).GetProperty("city").GetString());

        await conflict.GetByTestId("reload-event").ClickAsync();
        await Expect(director.Locator("#event-city")).ToHaveValueAsync("Mombasa");
        await Expect(conflict).ToHaveCountAsync(0);

        // Deleting asks first; "No" keeps it, "Yes" deletes it.
        await director.GetByTestId("delete-event").ClickAsync();
        await director.GetByTestId("keep-event").ClickAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, $"/api/events/{id}"));
        await director.GetByTestId("delete-event").ClickAsync();
        await director.GetByTestId("confirm-delete-event").ClickAsync();
        await director.WaitForURLAsync(url => url.Contains("/calendar/AFR?month=2031-07", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(api, $"/api/events/{id}"));
    }

    [Fact]
    public async Task An_ics_file_is_previewed_stored_only_when_confirmed_and_a_cancelled_one_stores_nothing()
    {
        var director = await browser.SignInAsync("director.afr");
        using var api = await ApiAsync("director.afr");
        await browser.GoToAsync(director, "/calendar/AFR?month=2032-03");
        var (kigali, accra) = ($"ics-{Guid.NewGuid():N}"[..16], $"ics-{Guid.NewGuid():N}"[..16]);
        await director.Locator("#import-sector").SelectOptionAsync("BDT");

        await ChooseAsync(director, "two.ics", Entry(kigali, "Spectrum clinic", "20320310T090000", "20320310T170000", "Kigali, Rwanda")
            + Entry(accra, "Broadband forum", "20320312T090000", "20320312T120000", "Accra, Ghana"));
        var preview = director.GetByTestId("import-preview");
        await Expect(preview.Locator("[data-testid=import-preview-event][data-action=Create]")).ToHaveCountAsync(2);
        await Expect(preview.GetByTestId("import-preview-event").First).ToContainTextAsync("Africa/Kigali");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(api, $"/api/events/{kigali}"));

        await director.GetByTestId("confirm-import").ClickAsync();
        await Expect(director.GetByTestId("import-report")).ToContainTextAsync("Created: 2");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, $"/api/events/{kigali}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api, $"/api/events/{accra}"));

        // The same Kigali event moved to the afternoon, and a new one: previewed as a change (with its fields) and a creation, then cancelled.
        var other = $"ics-{Guid.NewGuid():N}"[..16];
        await ChooseAsync(director, "changed.ics", Entry(kigali, "Spectrum clinic", "20320310T130000", "20320310T170000", "Kigali, Rwanda")
            + Entry(other, "Numbering workshop", "20320316T090000", "20320316T170000", "Nairobi, Kenya"));
        await Expect(preview.Locator("[data-action=Update]").GetByTestId("import-changes")).ToHaveTextAsync("Changes: start");
        await director.GetByTestId("cancel-import").ClickAsync();
        await Expect(director.GetByTestId("import-status")).ToHaveTextAsync("Import cancelled; nothing was stored.");
        await Expect(preview).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(api, $"/api/events/{other}"));
        Assert.Equal("2032-03-10T09:00:00", (await EventAsync(api, kigali)).GetProperty("start").GetString());
    }

    [Theory]
    [InlineData("/calendar/AFR?month=2027-03")]
    [InlineData("/calendar/AFR?month=2027-03&view=timeline")]
    [InlineData("/calendar/events/new?region=AFR")]
    public async Task On_a_phone_no_calendar_page_is_wider_than_the_screen_and_the_month_is_an_agenda(string path)
    {
        var director = await browser.SignInAsync("director.afr", width: 390, height: 844);
        await browser.GoToAsync(director, path);
        if (!path.Contains("view=", StringComparison.Ordinal) && path.Contains("month=", StringComparison.Ordinal))
        {
            await Expect(director.GetByTestId("month-view")).ToBeHiddenAsync();
            var agenda = director.GetByTestId("agenda");
            await Expect(agenda.Locator("[data-date='2027-03-09'] .event", new() { HasText = "Regional Workshop on AI Policy and Skills for Africa" })).ToBeVisibleAsync();
            await agenda.Locator("[data-date='2027-03-09'] .event").First.ClickAsync();
            await Expect(director.GetByTestId("event-details")).ToBeVisibleAsync();
        }
        var (scrollWidth, innerWidth) = await WidthsAsync(director);
        Assert.True(scrollWidth <= innerWidth, $"{path}: the page is {scrollWidth}px wide on a {innerWidth}px screen");
        await BrowserFixture.ScreenshotAsync(director, "phone-" + (path.Contains("new", StringComparison.Ordinal) ? "event-form" : path.Contains("timeline", StringComparison.Ordinal) ? "timeline" : "agenda"));
    }

    [Fact]
    public async Task The_calendar_opens_on_the_next_month_with_events_when_this_month_has_none()
    {
        var director = await browser.SignInAsync("director.cis");
        using var api = await ApiAsync("director.cis");
        // An event of the region two months ahead, so that there is always a month with events to open on.
        var now = DateTime.UtcNow;
        var ahead = new DateTime(now.Year, now.Month, 15, 9, 0, 0).AddMonths(2);
        await CreateAsync(api, Unique("Cyber drill"), ahead.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), country: "UZ", city: "Tashkent", zone: "Asia/Tashkent");

        // The region's events from this month on, as the API lists them: the first month that has one is the one to open on.
        var thisMonth = new DateOnly(now.Year, now.Month, 1);
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/regions/CIS/events?from={thisMonth:yyyy-MM-dd}T00:00:00Z&to={thisMonth.AddMonths(12):yyyy-MM-dd}T00:00:00Z");
        var firstStart = listed.EnumerateArray()
            .Select(e => e.GetProperty("startUtc").GetDateTimeOffset()).Where(s => s >= new DateTimeOffset(thisMonth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)).Min();
        var expected = new DateOnly(firstStart.Year, firstStart.Month, 1);

        await browser.GoToAsync(director, "/calendar/CIS");
        await Expect(director.GetByTestId("calendar-range")).ToHaveTextAsync(expected.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await Expect(director.GetByTestId("month-view").Locator(".day:not(.other-month) .event").First).ToBeVisibleAsync();
        if (expected != thisMonth) await Expect(director.GetByTestId("opened-ahead")).ToBeVisibleAsync();
        // "This month" still shows this month.
        await director.GetByTestId("this-month").ClickAsync();
        await Expect(director.GetByTestId("calendar-range")).ToHaveTextAsync(thisMonth.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
    }

    /// <summary>The API as the same user, with a bearer token (the API does not read the web cookie).</summary>
    private async Task<HttpClient> ApiAsync(string user)
    {
        var client = new HttpClient { BaseAddress = browser.Host.BaseAddress };
        await DevSignIn.AuthorizeAsync(client, user);
        return client;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient api, string path) => (await api.GetAsync(path)).StatusCode;

    private static async Task<string> CreateAsync(HttpClient api, string title, string start, string country = "KE", string city = "Nairobi", string zone = "Africa/Nairobi")
    {
        var end = DateTime.Parse(start, CultureInfo.InvariantCulture).AddHours(8).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var response = await api.PostAsJsonAsync("/api/events", new { title, kind = "Workshop", start, end, timeZone = zone, city, country, organisingSectors = new[] { "BDT" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> EventAsync(HttpClient api, string id) => await api.GetFromJsonAsync<JsonElement>($"/api/events/{id}");

    private static string Entry(string uid, string title, string start, string end, string location) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{title}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nLOCATION:{location}\r\nEND:VEVENT\r\n";

    private static async Task ChooseAsync(IPage page, string name, string events)
    {
        var text = $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{events}END:VCALENDAR\r\n";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/calendar", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
