using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Alerts;
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
    public void A_sector_twice_selects_the_alerts_within_that_sector_alone_as_the_heatmaps_diagonal_counts_them()
    {
        // Matches reads only the ageing settings and the clock.
        var directory = new AlertDirectory(null!, AgeingSettings.Default, TimeProvider.System, null!);
        AlertSummary Alert(params Sector[] sectors) =>
            new("a~b", ["A", "B"], sectors, [], Severity.Low, 0.5, AlertStatus.Open, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        bool Selects(AlertSummary alert, params Sector[] sectors) => directory.Matches(alert, new AlertQuery { Sectors = sectors }, DateTimeOffset.UtcNow);

        Assert.True(Selects(Alert(Sector.GS, Sector.GS), Sector.GS, Sector.GS));
        Assert.False(Selects(Alert(Sector.GS, Sector.BR), Sector.GS, Sector.GS));
        Assert.True(Selects(Alert(Sector.GS, Sector.BR), Sector.GS));
        Assert.True(Selects(Alert(Sector.GS, Sector.BR, Sector.TSB), Sector.BR, Sector.GS));
        Assert.False(Selects(Alert(Sector.GS, Sector.TSB), Sector.BR, Sector.GS));
    }

    [Fact]
    public async Task The_charts_refuse_bad_filters_as_the_list_does()
    {
        var problem = await (await (await api.SignedInAsync("helena.berg")).GetAsync("/api/alerts/charts?route=NOPE")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("NOPE", problem.GetProperty("detail").GetString());
    }
}
