using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>Country records of one programme form a family, and another sector's record matching it has one alert for it.</summary>
[Collection(ApiCollection.Name)]
public class ActivityFamilyApiTests(ApiFactory api)
{
    private static readonly string[] Countries = ["KE", "UG", "TZ", "RW", "ET", "GH", "SN", "ML", "NE", "ZM"];

    private static object Record(string id, string sector, string title, string[] countries, string[] regions) => new
    {
        id, sector, kind = "Project", title, language = "en", countries, regions,
        description = "Grants to community organisations for local environment projects, country window.",
        startDate = "2026-01-01", endDate = "2027-12-31",
    };

    private async Task<string[]> AlertsOfAsync(HttpClient client, string activityId) =>
        (await (await client.GetAsync("/api/alerts?route=MCG&limit=500")).ReadAsync()).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()!).Where(id => AlertKeys.ItemsOf(id).Contains(activityId)).ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ten_country_records_and_a_matching_record_of_another_sector_raise_one_alert_for_the_family(bool familyFirst)
    {
        var admin = await api.SignedInAsync("admin");
        var marker = $"zephyrite{Guid.NewGuid():N}"[..16];
        var title = $"{marker} small grants programme fifth operational phase";
        var global = $"act-{marker}-global";
        async Task RegisterFamilyAsync()
        {
            foreach (var country in Countries)
                Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities",
                    Json.Body(Record($"act-{marker}-{country.ToLowerInvariant()}", "BDT", $"{title} in {Domain.ReferenceData.Countries.All.First(c => c.Code == country).Name}", [country], ["AFR"])))).StatusCode);
        }
        async Task RegisterGlobalAsync() =>
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities",
                Json.Body(Record(global, "TSB", $"{title} global coordination", [], ["GLOBAL"])))).StatusCode);

        if (familyFirst) { await RegisterFamilyAsync(); await RegisterGlobalAsync(); }
        else { await RegisterGlobalAsync(); await RegisterFamilyAsync(); }

        // Only this case's records: the other case's programme reads the same but for its marker.
        var alerts = (await AlertsOfAsync(admin, global)).Where(a => AlertKeys.ItemsOf(a).All(i => i.Contains(marker))).ToArray();
        var familyAlerts = alerts.Where(a => AlertKeys.FamilyOf(a) == $"family:BDT:{marker}-small-grants-programme-fifth-operational-phase").ToArray();
        // The first country record is a family of one when it is registered after the other sector's: its pair alert comes first.
        Assert.Single(familyAlerts);
        Assert.True(alerts.Length <= (familyFirst ? 1 : 2), string.Join(", ", alerts));
        var alert = await (await admin.GetAsync($"/api/alerts/{familyAlerts[0]}")).ReadAsync();
        Assert.Equal(AlertKeys.FamilyOf(familyAlerts[0]), alert.GetProperty("family").GetString());
        var overlaps = (await (await admin.GetAsync($"/api/activities/{global}/overlaps")).ReadAsync()).GetProperty("matches").EnumerateArray()
            .Where(m => m.GetProperty("activityId").GetString()!.StartsWith($"act-{marker}-", StringComparison.Ordinal)).ToArray();
        Assert.True(Assert.Single(overlaps).GetProperty("familyMembersFound").GetInt32() > 1);
    }
}
