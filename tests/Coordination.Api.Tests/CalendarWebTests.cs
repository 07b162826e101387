using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Calendars;
using Coordination.Silo.Security;
using Coordination.Silo.Web.Localization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Api.Tests;

/// <summary>The regional director's calendar page, its cookie routes, and the service it shares with the API.</summary>
[Collection(ApiCollection.Name)]
public class CalendarWebTests(ApiFactory api)
{
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16];

    private static string City() => $"Calville {Guid.NewGuid():N}"[..20];

    /// <summary>A word no other title has, so that titles differ by nothing the text comparison shares.</summary>
    private static string Word() => $"{Guid.NewGuid():N}"[..10];

    private static EventDraft Draft(string? id, string title, string start, string end, string city, string country = "KE", string zone = "Africa/Nairobi") => new()
    {
        Id = id,
        Title = title,
        Kind = "Workshop",
        Start = DateTime.Parse(start),
        End = DateTime.Parse(end),
        TimeZone = zone,
        City = city,
        Country = country,
        OrganisingSectors = ["BDT"],
        Audience = ["Regulators"],
    };

    private static async Task CreateAsync(HttpClient client, EventDraft draft) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/events", Json.Body(draft))).StatusCode);

    /// <summary>The opening tag of the element of the page that shows an event.</summary>
    private static string EventTag(string html, string eventId, string element = "button")
    {
        var tag = Regex.Match(html, $"<{element}[^>]*data-event-id=\"{Regex.Escape(eventId)}\"[^>]*>");
        Assert.True(tag.Success, $"No <{element}> shows event {eventId}.");
        return WebUtility.HtmlDecode(tag.Value);
    }

    private static ClaimsPrincipal User(string id) =>
        new(new ClaimsIdentity(DevelopmentUsers.Claims(DevelopmentUsers.Find(id)!), "test", CoordinationClaims.Name, CoordinationClaims.Role));

    [Fact]
    public async Task The_calendar_page_renders_the_regions_month_with_its_clashing_events_marked()
    {
        var director = await api.SignedInAsync("director.afr");
        var city = City();
        var (a, b, quiet) = (Unique("evt"), Unique("evt"), Unique("evt"));
        var (titleA, titleB, titleQuiet) = ($"Spectrum clinic {Word()}", $"Postal forum {Word()}", $"Numbering seminar {Word()}");
        await CreateAsync(director, Draft(a, titleA, "2038-06-08T09:00", "2038-06-09T17:00", city));
        await CreateAsync(director, Draft(b, titleB, "2038-06-09T09:00", "2038-06-10T17:00", city));
        await CreateAsync(director, Draft(quiet, titleQuiet, "2038-06-23T09:00", "2038-06-23T17:00", City(), country: "GH", zone: "Africa/Accra"));
        var web = await api.WebSignedInAsync("director.afr");

        var month = await web.GetAsync("/calendar/AFR?month=2038-06");
        var timeline = await web.GetAsync("/calendar/AFR?month=2038-05&view=timeline");

        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
        Assert.Equal("text/html", month.Content.Headers.ContentType?.MediaType);
        var html = await month.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"month-view\"", html);
        Assert.Contains(titleQuiet, html);
        var clashing = EventTag(html, a);
        Assert.Contains("class=\"event clash\"", clashing);
        Assert.Contains($"Clashes with {titleB}", clashing);
        Assert.Contains("class=\"event\"", EventTag(html, quiet));
        Assert.Contains(titleA, Regex.Match(html, "data-testid=\"region-clashes\".*?</ol>", RegexOptions.Singleline).Value);
        var bars = await timeline.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"timeline-view\"", bars);
        Assert.Contains("event bar clash", EventTag(bars, b, "span"));
    }

    [Fact]
    public async Task The_calendar_speaks_the_readers_language_starts_its_weeks_on_the_readers_first_day_and_mirrors_the_timeline()
    {
        var director = await api.SignedInAsync("director.afr");
        var city = City();
        var (a, b) = (Unique("evt"), Unique("evt"));
        var (titleA, titleB) = ($"Spectrum clinic {Word()}", $"Postal forum {Word()}");
        await CreateAsync(director, Draft(a, titleA, "2040-09-11T09:00", "2040-09-12T17:00", city));
        await CreateAsync(director, Draft(b, titleB, "2040-09-12T09:00", "2040-09-13T17:00", city));
        var web = await api.WebSignedInAsync("director.afr");

        async Task<string> PageAsync(string url, string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await web.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        static DateOnly FirstDay(string html) => DateOnly.ParseExact(Regex.Match(html, "data-date=\"([0-9-]+)\"").Groups[1].Value, "yyyy-MM-dd");

        var arabic = await PageAsync("/calendar/AFR?month=2040-09", "ar");
        var russian = await PageAsync("/calendar/AFR?month=2040-09", "ru");
        var english = await PageAsync("/calendar/AFR?month=2040-09", "en");
        var timeline = await PageAsync("/calendar/AFR?month=2040-08&view=timeline", "ar");

        Assert.Contains("تقويم الأحداث: أفريقيا", arabic);
        Assert.Contains(new DateOnly(2040, 9, 1).ToString("Y", UiCultures.Create("ar")), arabic);
        Assert.Contains($"يتعارض مع {titleB}", EventTag(arabic, a));
        Assert.Equal(DayOfWeek.Saturday, FirstDay(arabic).DayOfWeek);
        Assert.Contains("Календарь мероприятий: Африка", russian);
        Assert.Contains("Мероприятий: 2", russian);
        Assert.Equal(DayOfWeek.Monday, FirstDay(russian).DayOfWeek);
        Assert.Contains("2 events", english);
        Assert.Contains("September 2040", english);
        Assert.DoesNotContain("<option value=\"AFR\">AFR", english);
        Assert.Contains("inset-inline-start:", EventTag(timeline, b, "span"));
        Assert.DoesNotContain("left:", Regex.Match(timeline, "data-testid=\"timeline-view\".*", RegexOptions.Singleline).Value);
    }

    [Fact]
    public async Task The_web_export_gives_a_signed_in_user_the_regions_events_as_ics()
    {
        var afr = await api.SignedInAsync("director.afr");
        var eur = await api.SignedInAsync("director.eur");
        var (here, there) = (Unique("exp"), Unique("exp"));
        var title = $"Cyber drill {Word()}";
        await CreateAsync(afr, Draft(here, title, "2039-02-10T09:00", "2039-02-11T17:00", City()));
        await CreateAsync(eur, Draft(there, $"Cyber drill {Word()}", "2039-02-10T09:00", "2039-02-11T17:00", City(), country: "FR", zone: "Europe/Paris"));
        var web = await api.WebSignedInAsync("director.afr");
        const string Url = "/calendar/export.ics?region=AFR&from=2039-02-01T00:00:00Z&to=2039-03-01T00:00:00Z";

        var response = await web.GetAsync(Url);
        var anonymous = await api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("afr-events.ics", response.Content.Headers.ContentDisposition?.FileName);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains($"SUMMARY:{title}", ics);
        Assert.Contains($"UID:{here}", ics);
        Assert.DoesNotContain(there, ics);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_shared_service_answers_as_the_api_does()
    {
        var calendars = api.Services.GetRequiredService<EventCalendars>();
        var director = await api.SignedInAsync("director.afr");
        var city = City();
        var stored = Unique("evt");
        await CreateAsync(director, Draft(stored, "Cyber drill", "2039-05-10T09:00", "2039-05-12T17:00", city));
        var planned = Draft(null, "Broadband mapping workshop", "2039-05-11T09:00", "2039-05-11T17:00", city);
        var (from, to) = (DateTimeOffset.Parse("2039-05-01T00:00:00Z"), DateTimeOffset.Parse("2039-06-01T00:00:00Z"));

        var check = await calendars.CheckAsync(planned);
        var apiCheck = await (await director.PostAsync("/api/events/check", Json.Body(planned))).ReadAsync();
        var clashes = await calendars.ListClashesAsync(Region.AFR, from, to);
        var apiClashes = await (await director.GetAsync("/api/regions/AFR/clashes?from=2039-05-01T00:00:00Z&to=2039-06-01T00:00:00Z")).ReadAsync();
        var windows = await calendars.FindFreeWindowsAsync(new FreeWindowQuery(planned, new DateOnly(2039, 5, 1), new DateOnly(2039, 5, 31), 3));
        var apiWindows = await (await director.PostAsync("/api/events/free-windows", Json.Body(new { @event = planned, from = "2039-05-01", to = "2039-05-31", limit = 3 }))).ReadAsync();
        var invalid = await calendars.CheckAsync(planned with { Country = "XX", End = planned.Start });
        var apiInvalid = await (await director.PostAsync("/api/events/check", Json.Body(planned with { Country = "XX", End = planned.Start })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(check.Value!, c => c.Other.Id == stored && c.Kinds.Contains(ClashKind.SameCity));
        Assert.Equal(apiCheck.GetProperty("clashes").EnumerateArray().Select(c => (c.GetProperty("other").GetProperty("id").GetString(), c.GetProperty("score").GetDouble())),
            check.Value!.Select(c => ((string?)c.Other.Id, c.Score)));
        Assert.Equal(apiClashes.GetProperty("clashes").EnumerateArray().Select(c => c.GetProperty("clash").GetProperty("other").GetProperty("id").GetString()),
            clashes.Select(c => (string?)c.Clash.Other.Id));
        Assert.NotEmpty(windows.Value!.Windows);
        Assert.Equal(apiWindows.GetProperty("windows").EnumerateArray().Select(w => w.GetProperty("firstStart").GetDateTime()),
            windows.Value.Windows.Select(w => w.FirstStart));
        Assert.Equal(apiInvalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(), invalid.Errors!.Keys.Order());
    }

    [Fact]
    public async Task The_shared_service_refuses_an_import_as_the_api_does_and_stores_nothing_of_a_refused_file()
    {
        var calendars = api.Services.GetRequiredService<EventCalendars>();
        var director = await api.SignedInAsync("director.afr");
        var id = Unique("imp");
        string File(string country, string start = "20390910T090000Z") => string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
            "BEGIN:VEVENT", $"UID:{id}", "SUMMARY:Spectrum clinic", $"DTSTART:{start}", "DTEND:20390910T170000Z",
            $"X-COORDINATION-COUNTRY:{country}", "END:VEVENT", "END:VCALENDAR", "");
        var defaults = new ImportDefaults(Sector: "BDT");

        var elsewhere = await calendars.CheckImportAsync(User("director.afr"), File("FR"), defaults);
        var broken = await calendars.CheckImportAsync(User("director.afr"), File("KE", start: "2039-09-99"), defaults);
        var apiRefusal = await (await director.PostAsync("/api/events/import?sector=BDT", new StringContent(File("FR"), System.Text.Encoding.UTF8, "text/calendar")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.False(elsewhere.CanStore);
        Assert.Equal(4, Assert.Single(elsewhere.Refusals).Line);
        Assert.Equal(apiRefusal.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("message").GetString()), elsewhere.Refusals.Select(r => (string?)r.Message));
        Assert.False(broken.Plan.IsValid);
        Assert.Equal(7, broken.Plan.Errors[0].Line);
        await Assert.ThrowsAsync<InvalidOperationException>(() => calendars.StoreImportAsync(User("director.afr"), elsewhere));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{id}")).StatusCode);

        var report = await calendars.StoreImportAsync(User("director.afr"), await calendars.CheckImportAsync(User("director.afr"), File("KE"), defaults));

        Assert.Equal(1, report.Created);
        Assert.Equal("Spectrum clinic", (await (await director.GetAsync($"/api/events/{id}")).ReadAsync()).GetProperty("title").GetString());
        Assert.True(EventCalendars.CanImport(User("director.afr")));
        Assert.False(EventCalendars.CanImport(User("helena.berg")));
    }
}
