using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Grains.Calendars;

namespace Coordination.Api.Tests;

[Collection(ApiCollection.Name)]
public class EventClashApiTests(ApiFactory api)
{
    private static string City() => $"Testville {Guid.NewGuid():N}"[..20];

    private static object Event(string id, string title, string start, string end, string city, string country = "KE", string zone = "Africa/Nairobi",
        string sector = "BDT") => new
    {
        id, title, kind = "Workshop", start, end, timeZone = zone, city, country,
        organisingSectors = new[] { sector }, audience = new[] { "Regulators" },
    };

    private static StringContent Calendar(string text) => new(text, Encoding.UTF8, "text/calendar");

    [Fact]
    public async Task A_director_checks_a_planned_event_and_sees_the_clash_explained_without_storing_it()
    {
        var city = City();
        var director = await api.SignedInAsync("director.afr");
        var stored = $"evt-{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.Created, (await director.PostAsync("/api/events", Json.Body(Event(stored, "Cyber drill", "2033-03-10T09:00", "2033-03-12T17:00", city)))).StatusCode);

        var response = await director.PostAsync("/api/events/check", Json.Body(Event("my-draft", "Broadband mapping workshop", "2033-03-11T09:00", "2033-03-11T17:00", city)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var clash = (await response.ReadAsync()).GetProperty("clashes").EnumerateArray().Single(c => c.GetProperty("other").GetProperty("id").GetString() == stored);
        Assert.Contains(clash.GetProperty("kinds").EnumerateArray(), k => k.GetString() == "SameCity");
        Assert.Contains(clash.GetProperty("explanation").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "same-city-overlap");
        Assert.True(clash.GetProperty("raisesAlert").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/api/events/my-draft")).StatusCode);
    }

    [Fact]
    public async Task A_region_lists_its_clashes_and_the_directors_dashboard_shows_the_alert()
    {
        var city = City();
        var director = await api.SignedInAsync("director.afr");
        var a = $"evt-{Guid.NewGuid():N}"[..16];
        var b = $"evt-{Guid.NewGuid():N}"[..16];
        await director.PostAsync("/api/events", Json.Body(Event(a, "Cyber drill", "2033-05-10T09:00", "2033-05-12T17:00", city)));
        await director.PostAsync("/api/events", Json.Body(Event(b, "Postal forum", "2033-05-12T09:00", "2033-05-13T17:00", city)));

        var list = await (await director.GetAsync("/api/regions/AFR/clashes?from=2033-05-01T00:00:00Z&to=2033-06-01T00:00:00Z")).ReadAsync();
        var inbox = await (await director.GetAsync("/api/alerts?route=RD:AFR&kind=event-clash&limit=200")).ReadAsync();

        Assert.Contains(list.GetProperty("clashes").EnumerateArray(), c =>
            new[] { c.GetProperty("event").GetProperty("id").GetString(), c.GetProperty("clash").GetProperty("other").GetProperty("id").GetString() }.Order().SequenceEqual(new[] { a, b }.Order()));
        var alertId = "clash:" + string.Join("~", new[] { a, b }.Order(StringComparer.Ordinal));
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == alertId);
    }

    [Fact]
    public async Task Free_windows_are_suggested_and_a_bad_range_is_a_clear_error()
    {
        var city = City();
        var director = await api.SignedInAsync("director.afr");
        await director.PostAsync("/api/events", Json.Body(Event($"evt-{Guid.NewGuid():N}"[..16], "Cyber drill", "2034-02-10T09:00", "2034-02-11T17:00", city)));
        var planned = Event("planned", "Broadband mapping workshop", "2034-02-01T09:00", "2034-02-01T17:00", city);

        var found = await (await director.PostAsync("/api/events/free-windows?subjectWeeks=0", Json.Body(new { @event = planned, from = "2034-02-01", to = "2034-02-28", limit = 3 }))).ReadAsync();
        var problem = await (await director.PostAsync("/api/events/free-windows", Json.Body(new { @event = planned, from = "2034-02-10", to = "2034-02-01" })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var first = found.GetProperty("windows").EnumerateArray().First();
        Assert.Equal("2034-02-19T09:00:00", first.GetProperty("firstStart").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task A_calendar_exported_as_ics_imports_back_into_the_same_events()
    {
        var city = City();
        var director = await api.SignedInAsync("director.afr");
        var ids = new[] { $"evt-{Guid.NewGuid():N}"[..16], $"evt-{Guid.NewGuid():N}"[..16] };
        await director.PostAsync("/api/events", Json.Body(Event(ids[0], "Cyber drill", "2035-04-10T09:00", "2035-04-11T17:00", city)));
        await director.PostAsync("/api/events", Json.Body(Event(ids[1], "Atelier sur la cartographie du haut débit", "2035-04-14T23:30", "2035-04-15T01:30", city)));
        var originals = await Task.WhenAll(ids.Select(async id => await (await director.GetAsync($"/api/events/{id}")).ReadAsync()));

        var export = await director.GetAsync("/api/calendar.ics?region=AFR&from=2035-04-01T00:00:00Z&to=2035-05-01T00:00:00Z");
        Assert.Equal("text/calendar", export.Content.Headers.ContentType?.MediaType);
        var ics = await export.Content.ReadAsStringAsync();
        foreach (var id in ids)
        {
            var version = (await director.GetAsync($"/api/events/{id}")).Headers.ETag!.Tag;
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/events/{id}") { Headers = { IfMatch = { new EntityTagHeaderValue(version) } } };
            Assert.Equal(HttpStatusCode.NoContent, (await director.SendAsync(delete)).StatusCode);
        }

        var report = await (await director.PostAsync("/api/events/import", Calendar(ics))).ReadAsync();

        Assert.True(report.GetProperty("created").GetInt32() >= 2, report.ToString());
        for (var i = 0; i < ids.Length; i++)
        {
            var back = await (await director.GetAsync($"/api/events/{ids[i]}")).ReadAsync();
            foreach (var field in new[] { "title", "start", "end", "timeZone", "startUtc", "city", "country", "region", "organisingSectors", "audience", "kind", "status" })
                Assert.Equal(originals[i].GetProperty(field).ToString(), back.GetProperty(field).ToString());
        }
    }

    [Fact]
    public async Task A_malformed_ics_file_is_rejected_with_its_lines_and_stores_nothing()
    {
        var director = await api.SignedInAsync("director.afr");
        var good = $"good-{Guid.NewGuid():N}"[..16];
        var ics = string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
            "BEGIN:VEVENT", $"UID:{good}", "SUMMARY:Broadband mapping workshop", "DTSTART;TZID=Africa/Nairobi:20360310T090000",
            "DTEND;TZID=Africa/Nairobi:20360310T170000", "LOCATION:Nairobi", "X-COORDINATION-COUNTRY:KE", "X-COORDINATION-SECTORS:BDT", "END:VEVENT",
            "BEGIN:VEVENT", $"UID:bad-{good}", "SUMMARY:Cyber drill", "DTSTART;TZID=Africa/Nairobi:2036-03-99", "X-COORDINATION-COUNTRY:KE", "END:VEVENT",
            "END:VCALENDAR", "");

        var problem = await (await director.PostAsync("/api/events/import", Calendar(ics))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(problem.GetProperty("lines").EnumerateArray(), l => l.GetProperty("line").GetInt32() == 16);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{good}")).StatusCode);
    }

    [Fact]
    public async Task An_import_of_many_events_in_one_city_raises_at_most_the_budget_of_alerts_per_event()
    {
        const int Events = 12;
        var city = City();
        var director = await api.SignedInAsync("director.afr");
        var ids = Enumerable.Range(0, Events).Select(_ => $"imp-{Guid.NewGuid():N}"[..16]).ToArray();
        var ics = string.Join("\r\n", new[] { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN" }
            .Concat(ids.SelectMany((id, i) => new[]
            {
                "BEGIN:VEVENT", $"UID:{id}", $"SUMMARY:Workshop number {i}", "DTSTART:20380310T090000Z", "DTEND:20380310T170000Z",
                $"LOCATION:{city}", "X-COORDINATION-COUNTRY:KE", "X-COORDINATION-SECTORS:BDT", "END:VEVENT",
            }))
            .Concat(["END:VCALENDAR", ""]));

        var report = await (await director.PostAsync("/api/events/import", Calendar(ics))).ReadAsync();
        var inbox = await (await director.GetAsync("/api/alerts?route=RD:AFR&kind=event-clash&limit=500")).ReadAsync();
        var check = await (await director.PostAsync("/api/events/check", Json.Body(Event("planned", "One more workshop", "2038-03-10T09:00", "2038-03-10T17:00", city)))).ReadAsync();

        Assert.Equal(Events, report.GetProperty("created").GetInt32());
        var raised = inbox.GetProperty("items").EnumerateArray().Count(a => AlertKeys.ItemsOf(a.GetProperty("id").GetString()!).Any(ids.Contains));
        // Every pair of the twelve clashes (66 pairs); each event raises at most the budget's few, its most severe.
        Assert.InRange(raised, 1, Events * AlertBudget.Default.PerItem);
        var clashes = check.GetProperty("clashes").EnumerateArray().ToArray();
        Assert.Equal(Events, clashes.Length);
        Assert.Equal(AlertBudget.Default.PerItem, clashes.Count(c => c.GetProperty("raisesAlert").GetBoolean()));
        Assert.Equal(Events - AlertBudget.Default.PerItem, clashes.Count(c => c.GetProperty("beyondBudget").GetBoolean()));
        // The summary a director acts on: the pile-up in that city and week, and how much of it the dashboards show.
        var summary = report.GetProperty("clashes");
        Assert.True(summary.GetProperty("clashingPairs").GetInt32() >= Events * (Events - 1) / 2, summary.ToString());
        Assert.InRange(summary.GetProperty("alertedPairs").GetInt32(), 1, Events * AlertBudget.Default.PerItem);
        var hotspot = summary.GetProperty("hotspots")[0];
        Assert.Equal($"{city}, KE", hotspot.GetProperty("place").GetString());
        Assert.Equal("2038-03-08", hotspot.GetProperty("weekOf").GetString());
        Assert.Equal(Events, hotspot.GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task An_import_is_bounded_by_its_count_of_events_and_a_larger_file_stores_nothing()
    {
        var director = await api.SignedInAsync("director.afr");
        var prefix = $"cap-{Guid.NewGuid():N}"[..12];
        var ics = string.Join("\r\n", new[] { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN" }
            .Concat(Enumerable.Range(0, EventCalendarImport.MaxEvents + 1).SelectMany(i => new[]
            {
                "BEGIN:VEVENT", $"UID:{prefix}-{i}", $"SUMMARY:Clinic {i}", "DTSTART:20390310T090000Z", "DTEND:20390310T170000Z",
                "X-COORDINATION-COUNTRY:KE", "X-COORDINATION-SECTORS:BDT", "END:VEVENT",
            }))
            .Concat(["END:VCALENDAR", ""]));

        var problem = await (await director.PostAsync("/api/events/import", Calendar(ics))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains($"at most {EventCalendarImport.MaxEvents:N0}", problem.GetProperty("detail").GetString());
        Assert.Equal(4 + 8 * EventCalendarImport.MaxEvents, problem.GetProperty("lines")[0].GetProperty("line").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{prefix}-0")).StatusCode);
    }

    [Fact]
    public async Task An_import_streams_progress_and_refuses_events_outside_the_directors_region()
    {
        var director = await api.SignedInAsync("director.afr");
        var id = $"imp-{Guid.NewGuid():N}"[..16];
        string File(string country) => string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
            "BEGIN:VEVENT", $"UID:{id}", "SUMMARY:Spectrum clinic", "DTSTART:20360410T090000Z", "DTEND:20360410T170000Z",
            $"X-COORDINATION-COUNTRY:{country}", "END:VEVENT", "END:VCALENDAR", "");

        var refused = await (await director.PostAsync("/api/events/import?sector=BDT", Calendar(File("FR")))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{id}")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/import?sector=BDT") { Content = Calendar(File("KE")) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-ndjson"));
        var streamed = await director.SendAsync(request);

        Assert.Contains(refused.GetProperty("lines").EnumerateArray(), l => l.GetProperty("line").GetInt32() == 4);
        var lines = (await streamed.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(1, lines[^1].GetProperty("report").GetProperty("created").GetInt32());
        Assert.Contains(lines, l => l.TryGetProperty("progress", out var p) && p.GetProperty("done").GetInt32() == 1);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/events/{id}")).StatusCode);
    }

    [Fact]
    public async Task Flagship_windows_are_listed_and_only_coordinators_edit_them()
    {
        var director = await api.SignedInAsync("director.afr");
        var coordinator = await api.SignedInAsync("helena.berg");
        var window = new { code = "test-summit", name = "Test Summit", start = "2037-03-10", end = "2037-03-12", timeZone = "Europe/Zurich", city = "Geneva", country = "CH" };

        Assert.Equal(HttpStatusCode.Forbidden, (await director.PutAsync("/api/reference/flagship-windows/test-summit", Json.Body(window))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PutAsync("/api/reference/flagship-windows/test-summit", Json.Body(window))).StatusCode);
        var check = await (await director.PostAsync("/api/events/check", Json.Body(Event("planned", "Youth forum", "2037-03-11T09:00", "2037-03-11T17:00", City())))).ReadAsync();

        Assert.Contains(check.GetProperty("clashes").EnumerateArray(), c => c.GetProperty("isFlagship").GetBoolean() && c.GetProperty("other").GetProperty("id").GetString() == "flagship:test-summit");
        Assert.Contains((await (await director.GetAsync("/api/reference/flagship-windows")).ReadAsync()).EnumerateArray(), w => w.GetProperty("code").GetString() == "pp-26");
        await (await coordinator.PutAsync("/api/reference/flagship-windows/test-summit", Json.Body(window with { end = "2037-03-01" }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_director_resolves_the_regions_single_sector_clashes_but_not_another_regions_nor_cross_sector_ones()
    {
        var city = City();
        var director = await api.SignedInAsync("director.afr");
        var otherDirector = await api.SignedInAsync("director.eur");
        var coordinator = await api.SignedInAsync("helena.berg");
        var (a, b, c) = ($"evt-{Guid.NewGuid():N}"[..16], $"evt-{Guid.NewGuid():N}"[..16], $"evt-{Guid.NewGuid():N}"[..16]);
        await director.PostAsync("/api/events", Json.Body(Event(a, "Cyber drill", "2034-05-10T09:00", "2034-05-12T17:00", city)));
        await director.PostAsync("/api/events", Json.Body(Event(b, "Postal forum", "2034-05-11T09:00", "2034-05-13T17:00", city)));
        await director.PostAsync("/api/events", Json.Body(Event(c, "Numbering seminar", "2034-05-12T09:00", "2034-05-12T17:00", city, sector: "TSB")));
        string Alert(string x, string y) => "clash:" + string.Join("~", new[] { x, y }.Order(StringComparer.Ordinal));
        var decision = Json.Body(new { resolution = "NotDuplicate", reason = "Different audiences on different floors" });

        var elsewhere = await (await otherDirector.PostAsync($"/api/alerts/{Alert(a, b)}/resolution", decision)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var crossSector = await (await director.PostAsync($"/api/alerts/{Alert(a, c)}/resolution", decision)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var own = await director.PostAsync($"/api/alerts/{Alert(a, b)}/resolution", decision);
        var byCoordinator = await coordinator.PostAsync($"/api/alerts/{Alert(a, c)}/resolution", decision);

        Assert.Contains("AFR", elsewhere.GetProperty("detail").GetString());
        Assert.Contains("several sectors", crossSector.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Resolved", (await (await director.GetAsync($"/api/alerts/{Alert(a, b)}")).ReadAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, byCoordinator.StatusCode);
        await (await director.PostAsync($"/api/alerts/{Alert(b, "evt-none")}/resolution", decision)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
