using System.IO.Compression;
using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>
/// A data folder written by the platform before its projects were reorganised (the demo data, one alert
/// acknowledged and commented on, one resolved) opens with today's build and reads back unchanged: stored
/// grain states are found by their aliases and grain types, never by namespaces or file places.
/// </summary>
public sealed class StoredDataCompatibilityTests : IAsyncLifetime
{
    private const string Acknowledged = "act-bdt-cirt-establishment-support-cis-2027~act-bdt-cirt-readiness-assessment-cis";
    private const string Resolved = "act-bdt-shujuzhongxin-nengxiao-yatai~act-tsb-data-centre-energy-metrics";

    private ApiFactory _host = null!;

    public async Task InitializeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("coordination-stored-").FullName;
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "data-written-before-restructure.db.gz");
        await using var packed = new GZipStream(File.OpenRead(fixture), CompressionMode.Decompress);
        await using var database = File.Create(Path.Combine(folder, "coordination.db"));
        await packed.CopyToAsync(database);
        _host = new ApiFactory(folder);
    }

    [Fact]
    public async Task Records_alerts_and_their_trails_written_before_the_move_read_back()
    {
        var client = await _host.SignedInAsync("helena.berg");

        var activities = await (await client.GetAsync("/api/activities?limit=500")).ReadAsync();
        Assert.Equal(46, activities.GetProperty("total").GetInt32());
        var titles = activities.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("National CIRT Readiness Assessments for CIS Countries", titles);

        var acknowledged = await (await client.GetAsync($"/api/alerts/{Acknowledged}")).ReadAsync();
        Assert.Equal("Open", acknowledged.GetProperty("status").GetString());
        Assert.Equal("helena.berg", acknowledged.GetProperty("acknowledgedBy").GetString());
        Assert.Contains(acknowledged.GetProperty("trail").EnumerateArray(),
            entry => entry.GetProperty("note").GetString() == "Both CIRT projects are BDT; checking with the regional office.");

        var resolved = await (await client.GetAsync($"/api/alerts/{Resolved}")).ReadAsync();
        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
        Assert.Equal("NotDuplicate", resolved.GetProperty("resolution").GetString());

        var routedToMcg = await (await client.GetAsync("/api/alerts?committee=MCG&limit=500")).ReadAsync();
        Assert.Equal(13, routedToMcg.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Topics_task_forces_regional_offices_and_events_written_before_the_move_read_back()
    {
        var client = await _host.SignedInAsync("admin");

        Assert.Equal(10, (await (await client.GetAsync("/api/topics")).ReadAsync()).GetArrayLength());
        Assert.Equal(5, (await (await client.GetAsync("/api/task-forces")).ReadAsync()).GetArrayLength());
        Assert.Equal(7, (await (await client.GetAsync("/api/regions")).ReadAsync()).GetArrayLength());
        var events = await (await client.GetAsync("/api/regions/AFR/events?from=2026-01-01&to=2028-12-31")).ReadAsync();
        Assert.True(events.GetArrayLength() > 0, "the Africa office's demo events are stored");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reference/thematic-priorities")).StatusCode);
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_host).DisposeAsync();
}
