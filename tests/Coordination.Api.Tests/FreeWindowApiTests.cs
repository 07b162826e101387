using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

[Collection(ApiCollection.Name)]
public class FreeWindowApiTests(ApiFactory api)
{
    private static object Event(string id, string title, string start, string end, string city, string country, string zone) => new
    {
        id, title, kind = "Workshop", start, end, timeZone = zone, city, country, organisingSectors = new[] { "BDT" },
    };

    [Fact]
    public async Task Only_clashes_that_would_raise_an_alert_block_a_day_and_every_blocked_day_says_why()
    {
        var director = await api.SignedInAsync("director.afr");
        var city = $"Testville {Guid.NewGuid():N}"[..20];
        var drill = $"evt-{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.Created, (await director.PostAsync("/api/events",
            Json.Body(Event(drill, "Cyber drill", "2043-02-10T09:00", "2043-02-11T17:00", city, "KE", "Africa/Nairobi")))).StatusCode);
        // Same region, another country, overlapping the end of the month: a clash worth showing (0.15), not an alert.
        Assert.Equal(HttpStatusCode.Created, (await director.PostAsync("/api/events", Json.Body(Event($"evt-{Guid.NewGuid():N}"[..16], "Postal services forum",
            "2043-02-24T09:00", "2043-02-26T17:00", $"Othertown {Guid.NewGuid():N}"[..20], "UG", "Africa/Kampala")))).StatusCode);
        var planned = Event("planned", "Broadband mapping workshop", "2043-02-01T09:00", "2043-02-01T17:00", city, "KE", "Africa/Nairobi");

        var found = await (await director.PostAsync("/api/events/free-windows?subjectWeeks=0",
            Json.Body(new { @event = planned, from = "2043-02-01", to = "2043-02-28", limit = 3 }))).ReadAsync();

        // Starts from 3 to 18 February fall within a week of the drill; the forum in Uganda blocks nothing.
        Assert.Equal([("2043-02-19T09:00:00", 10), ("2043-02-01T09:00:00", 2)],
            found.GetProperty("windows").EnumerateArray().Select(w => (w.GetProperty("firstStart").GetString(), w.GetProperty("days").GetInt32())));
        var blocked = found.GetProperty("blocked").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(3, 16).Select(d => $"2043-02-{d:00}"), blocked.Select(b => b.GetProperty("day").GetString()));
        Assert.All(blocked, day =>
        {
            var clash = Assert.Single(day.GetProperty("clashes").EnumerateArray());
            Assert.Equal((drill, "Cyber drill", false), (clash.GetProperty("id").GetString(), clash.GetProperty("title").GetString(), clash.GetProperty("isFlagship").GetBoolean()));
            Assert.True(clash.GetProperty("score").GetDouble() >= 0.5);
            Assert.Contains(clash.GetProperty("rules").EnumerateArray(), r => r.GetProperty("rule").GetString()!.StartsWith("same-city-") && r.GetProperty("detail").GetString()!.Contains(city));
        });
        Assert.Equal(JsonValueKind.Null, found.GetProperty("message").ValueKind);
    }
}
