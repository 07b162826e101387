using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>A flagship window and the event held in it are one real thing: another event clashing with both gets one alert.</summary>
[Collection(ApiCollection.Name)]
public class FlagshipEventAlertTests(ApiFactory api)
{
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static string Alert(string a, string b) => "clash:" + string.Join("~", new[] { a, b }.Order(StringComparer.Ordinal));

    /// <summary>A window for ministers in Geneva, its own event (same name, an industry audience) and a ministers' roundtable in the same city and days.</summary>
    private async Task<(string Window, object OwnEvent, string OwnId, object Roundtable, string RoundtableId)> SetUpAsync(int year)
    {
        var coordinator = await api.SignedInAsync("helena.berg");
        var code = Unique("summit");
        var name = $"Zephyr Summit {code[7..]}";
        var window = new { code, name, start = $"{year}-06-10", end = $"{year}-06-13", timeZone = "Europe/Zurich", city = "Geneva", country = "CH", audience = new[] { "ministers" } };
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PutAsync($"/api/reference/flagship-windows/{code}", Json.Body(window))).StatusCode);
        var city = $"Testville {Guid.NewGuid():N}"[..20];
        var (ownId, roundtableId) = (Unique("evt"), Unique("evt"));
        object Event(string id, string title, string audience) => new
        {
            id, title, kind = "Conference", start = $"{year}-06-10T09:00", end = $"{year}-06-13T17:00", timeZone = "Europe/Zurich", city, country = "CH",
            organisingSectors = new[] { "GS" }, audience = new[] { audience },
        };
        return ($"flagship:{code}", Event(ownId, name, "industry"), ownId, Event(roundtableId, "Digital ministers roundtable", "ministers"), roundtableId);
    }

    [Fact]
    public async Task An_event_clashing_with_a_window_and_the_event_held_in_it_gets_one_alert_not_two()
    {
        var (window, own, ownId, roundtable, roundtableId) = await SetUpAsync(2041);
        var admin = await api.SignedInAsync("admin");
        var coordinator = await api.SignedInAsync("helena.berg");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/events", Json.Body(own))).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/events", Json.Body(roundtable))).StatusCode);

        var clashes = (await (await admin.GetAsync($"/api/events/{roundtableId}/clashes")).ReadAsync()).GetProperty("clashes").EnumerateArray().ToArray();
        var windowClash = clashes.Single(c => c.GetProperty("other").GetProperty("id").GetString() == window);
        Assert.False(windowClash.GetProperty("raisesAlert").GetBoolean());
        Assert.Equal(ownId, windowClash.GetProperty("alertedAs").GetString());
        Assert.True(clashes.Single(c => c.GetProperty("other").GetProperty("id").GetString() == ownId).GetProperty("raisesAlert").GetBoolean());
        Assert.Equal("Open", (await (await coordinator.GetAsync($"/api/alerts/{Alert(ownId, roundtableId)}")).ReadAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/alerts/{Alert(roundtableId, window)}")).StatusCode);
    }

    [Fact]
    public async Task A_window_alert_raised_before_the_event_held_in_it_was_registered_is_withdrawn_when_it_is()
    {
        var (window, own, ownId, roundtable, roundtableId) = await SetUpAsync(2042);
        var admin = await api.SignedInAsync("admin");
        var coordinator = await api.SignedInAsync("helena.berg");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/events", Json.Body(roundtable))).StatusCode);
        Assert.Equal("Open", (await (await coordinator.GetAsync($"/api/alerts/{Alert(roundtableId, window)}")).ReadAsync()).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/events", Json.Body(own))).StatusCode);

        var windowAlert = await (await coordinator.GetAsync($"/api/alerts/{Alert(roundtableId, window)}")).ReadAsync();
        Assert.Equal(("Resolved", "Withdrawn"), (windowAlert.GetProperty("status").GetString(), windowAlert.GetProperty("resolution").GetString()));
        Assert.Contains(Alert(ownId, roundtableId), windowAlert.GetProperty("resolutionReason").GetString());
        Assert.Equal("Open", (await (await coordinator.GetAsync($"/api/alerts/{Alert(ownId, roundtableId)}")).ReadAsync()).GetProperty("status").GetString());
    }
}
