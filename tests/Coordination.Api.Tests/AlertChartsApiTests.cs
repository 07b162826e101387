using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using static Coordination.Api.Tests.Infrastructure.Overlapping;

namespace Coordination.Api.Tests;

/// <summary>Every chart counts what the list it summarises holds: its caption says what, its list query reproduces it.</summary>
[Collection(ApiCollection.Name)]
public class AlertChartsApiTests(ApiFactory api)
{
    private static async Task<int> TotalAsync(HttpClient client, string list)
    {
        var response = await client.GetAsync($"/api/alerts?{list}&limit=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync()).GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Each_heatmap_cell_counts_what_the_list_of_that_pair_of_sectors_holds()
    {
        var marker = Marker();
        Assert.Equal(HttpStatusCode.Created, (await (await api.SignedInAsync("pierre.martin")).PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-a", "TSB", marker)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await api.SignedInAsync("amina.diallo")).PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-b", "BDT", marker)))).StatusCode);
        var coordinator = await api.SignedInAsync("helena.berg");

        var charts = await (await coordinator.GetAsync("/api/alerts/charts?route=MCG")).ReadAsync();

        Assert.Equal("MCG", charts.GetProperty("route").GetString());
        foreach (var name in new[] { "openHeatmap", "allHeatmap" })
        {
            var chart = charts.GetProperty(name);
            Assert.Contains("MCG dashboard", chart.GetProperty("caption").GetString());
            var list = chart.GetProperty("list").GetString()!;
            var heatmap = chart.GetProperty("data");
            var sectors = heatmap.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()!).ToArray();
            var counts = heatmap.GetProperty("counts");
            for (var row = 0; row < sectors.Length; row++)
                for (var column = 0; column < sectors.Length; column++)
                    Assert.True(counts[row][column].GetInt32() == await TotalAsync(coordinator, $"{list}&sectors={sectors[row]},{sectors[column]}"),
                        $"{name} {sectors[row]} x {sectors[column]}");
            Assert.True(counts[Array.IndexOf(sectors, "TSB")][Array.IndexOf(sectors, "BDT")].GetInt32() >= 1);
        }
        Assert.Equal("route=MCG&status=Open", charts.GetProperty("openHeatmap").GetProperty("list").GetString());
        Assert.Equal(charts.GetProperty("overdue").GetProperty("data").GetProperty("count").GetInt32(),
            await TotalAsync(coordinator, charts.GetProperty("overdue").GetProperty("list").GetString()!));
        Assert.Equal(charts.GetProperty("resolution").GetProperty("data").GetProperty("count").GetInt32(),
            await TotalAsync(coordinator, charts.GetProperty("resolution").GetProperty("list").GetString()!));
        Assert.Equal(JsonValueKind.Array, charts.GetProperty("weeks").GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_sector_twice_lists_the_alerts_within_that_sector_alone()
    {
        var marker = Marker();
        var admin = await api.SignedInAsync("admin");
        foreach (var (id, sector) in new[] { ($"act-{marker}-a", "GS"), ($"act-{marker}-b", "GS"), ($"act-{marker}-c", "BR") })
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity(id, sector, marker)))).StatusCode);

        var within = await (await admin.GetAsync("/api/alerts?sectors=GS,GS&limit=500")).ReadAsync();
        var involving = await (await admin.GetAsync("/api/alerts?sectors=GS&limit=500")).ReadAsync();

        var withinIds = within.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToArray();
        Assert.Contains($"act-{marker}-a~act-{marker}-b", withinIds);
        Assert.DoesNotContain($"act-{marker}-a~act-{marker}-c", withinIds);
        Assert.Contains(involving.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == $"act-{marker}-a~act-{marker}-c");
    }

    [Fact]
    public async Task The_charts_refuse_bad_filters_as_the_list_does()
    {
        var problem = await (await (await api.SignedInAsync("helena.berg")).GetAsync("/api/alerts/charts?route=NOPE")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("NOPE", problem.GetProperty("detail").GetString());
    }
}
