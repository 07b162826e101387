using System.Net;
using System.Text;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>.ics import as Outlook writes it: floating times, "City, Country" locations, and a preview before the commit.</summary>
[Collection(ApiCollection.Name)]
public class CalendarImportApiTests(ApiFactory api)
{
    private static StringContent Calendar(params string[][] events) => new(string.Join("\r\n",
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", .. events.SelectMany(e => e), "END:VCALENDAR", ""]), Encoding.UTF8, "text/calendar");

    private static string[] Entry(string uid, string title, string start, string end, string location, params string[] more) =>
        ["BEGIN:VEVENT", $"UID:{uid}", $"SUMMARY:{title}", $"DTSTART:{start}", $"DTEND:{end}", $"LOCATION:{location}", .. more, "END:VEVENT"];

    private static string Id(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task A_floating_time_is_the_venues_local_time_and_the_location_gives_city_and_country()
    {
        var director = await api.SignedInAsync("director.afr");
        var (kigali, accra) = (Id("flt"), Id("acc"));

        var report = await (await director.PostAsync("/api/events/import?sector=BDT", Calendar(
            Entry(kigali, "Spectrum clinic", "20380512T090000", "20380512T170000", "Kigali, Rwanda"),
            Entry(accra, "Broadband forum", "20380514T090000", "20380514T120000", "Accra, Ghana")))).ReadAsync();
        var inKigali = await (await director.GetAsync($"/api/events/{kigali}")).ReadAsync();
        var inAccra = await (await director.GetAsync($"/api/events/{accra}")).ReadAsync();
        var listed = await (await director.GetAsync("/api/regions/AFR/events?from=2038-05-12T00:00:00Z&to=2038-05-13T00:00:00Z")).ReadAsync();

        Assert.Equal(2, report.GetProperty("created").GetInt32());
        Assert.Equal(("2038-05-12T09:00:00", "Africa/Kigali", "2038-05-12T07:00:00+00:00"),
            (inKigali.GetProperty("start").GetString(), inKigali.GetProperty("timeZone").GetString(), inKigali.GetProperty("startUtc").GetString()));
        Assert.Equal(("Kigali", "RW", "AFR"), (inKigali.GetProperty("city").GetString(), inKigali.GetProperty("country").GetString(), inKigali.GetProperty("region").GetString()));
        Assert.Equal(("Accra", "GH", "Africa/Accra"), (inAccra.GetProperty("city").GetString(), inAccra.GetProperty("country").GetString(), inAccra.GetProperty("timeZone").GetString()));
        Assert.Equal("Africa/Kigali", listed.EnumerateArray().Single(e => e.GetProperty("id").GetString() == kigali).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_preview_stores_nothing_and_the_commit_then_does_what_it_said()
    {
        var director = await api.SignedInAsync("director.afr");
        var (same, changed, added) = (Id("same"), Id("chg"), Id("new"));
        string[] Same() => Entry(same, "Numbering seminar", "20390310T090000", "20390310T170000", "Nairobi, Kenya");
        await (await director.PostAsync("/api/events/import?sector=BDT", Calendar(Same(),
            Entry(changed, "Cyber drill", "20390311T090000", "20390311T170000", "Nairobi, KE")))).ReadAsync();
        const string Window = "/api/regions/AFR/events?from=2039-03-01T00:00:00Z&to=2039-04-01T00:00:00Z";
        var before = (await (await director.GetAsync(Window)).ReadAsync()).ToString();
        var file = Calendar(Same(),
            Entry(changed, "Cyber drill, second edition", "20390311T090000", "20390311T170000", "Nairobi, KE"),
            Entry(added, "Postal forum", "20390312T090000", "20390312T170000", "Kampala, Uganda"));

        var preview = await (await director.PostAsync("/api/events/import?sector=BDT&preview=true", file)).ReadAsync();
        var after = (await (await director.GetAsync(Window)).ReadAsync()).ToString();
        var addedBeforeCommit = await director.GetAsync($"/api/events/{added}");
        var titleBeforeCommit = (await (await director.GetAsync($"/api/events/{changed}")).ReadAsync()).GetProperty("title").GetString();

        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.NotFound, addedBeforeCommit.StatusCode);
        Assert.Equal("Cyber drill", titleBeforeCommit);
        var entries = preview.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.True(preview.GetProperty("canImport").GetBoolean(), preview.ToString());
        Assert.Equal(["title"], entries[changed].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(("Unchanged", "Update", "Create"), (entries[same].GetProperty("action").GetString(), entries[changed].GetProperty("action").GetString(), entries[added].GetProperty("action").GetString()));
        Assert.Equal(("UG", "Africa/Kampala", "2039-03-12T06:00:00+00:00"),
            (entries[added].GetProperty("country").GetString(), entries[added].GetProperty("timeZone").GetString(), entries[added].GetProperty("startUtc").GetString()));

        var report = await (await director.PostAsync("/api/events/import?sector=BDT", file)).ReadAsync();

        foreach (var count in new[] { "created", "updated", "unchanged" })
            Assert.Equal(preview.GetProperty(count).GetInt32(), report.GetProperty(count).GetInt32());
        Assert.Equal((1, 1, 1), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32()));
        Assert.Equal("Cyber drill, second edition", (await (await director.GetAsync($"/api/events/{changed}")).ReadAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_preview_lists_every_rejected_line_and_the_commit_of_the_same_file_stores_nothing()
    {
        var director = await api.SignedInAsync("director.afr");
        var (good, refused, bad) = (Id("good"), Id("ref"), Id("bad"));
        var file = Calendar(
            Entry(good, "Spectrum clinic", "20390410T090000", "20390410T170000", "Nairobi, Kenya"),
            Entry(refused, "Regulators' forum", "20390411T090000", "20390411T170000", "Paris, France"),
            Entry(bad, "Cyber drill", "20390412T170000", "20390412T090000", "Accra, Ghana"));

        var preview = await (await director.PostAsync("/api/events/import?sector=BDT&preview=true", file)).ReadAsync();
        var commit = await (await director.PostAsync("/api/events/import?sector=BDT", file)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.False(preview.GetProperty("canImport").GetBoolean());
        Assert.Equal([11, 18], preview.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()).Distinct());
        Assert.Equal(good, Assert.Single(preview.GetProperty("events").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(commit.GetProperty("lines").EnumerateArray(), l => l.GetProperty("line").GetInt32() == 18);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{good}")).StatusCode);
    }

    [Fact]
    public async Task A_country_answers_its_zones_with_the_default_flagged_and_an_unknown_country_is_refused()
    {
        var client = await api.SignedInAsync("director.afr");

        var kenya = await (await client.GetAsync("/api/reference/time-zones?country=ke")).ReadAsync();
        var russia = await (await client.GetAsync("/api/reference/time-zones?country=RU")).ReadAsync();
        var all = await (await client.GetAsync("/api/reference/time-zones")).ReadAsync();
        var unknown = await (await client.GetAsync("/api/reference/time-zones?country=ZZ")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(("KE", "Africa/Nairobi"), (kenya.GetProperty("country").GetString(), kenya.GetProperty("defaultZone").GetString()));
        Assert.True(Assert.Single(kenya.GetProperty("zones").EnumerateArray()).GetProperty("isDefault").GetBoolean());
        var russianZones = russia.GetProperty("zones").EnumerateArray().ToArray();
        Assert.Equal("Europe/Moscow", russianZones[0].GetProperty("id").GetString());
        Assert.Equal(["Europe/Moscow"], russianZones.Where(z => z.GetProperty("isDefault").GetBoolean()).Select(z => z.GetProperty("id").GetString()));
        Assert.True(russianZones.Length > 5);
        Assert.Contains(all.GetProperty("zones").EnumerateArray(), z => z.GetProperty("id").GetString() == "Africa/Kigali");
        Assert.Contains("ZZ", unknown.GetProperty("detail").GetString());
    }
}
