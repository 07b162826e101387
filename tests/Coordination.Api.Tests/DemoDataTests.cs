using System.Text;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Alerts;
using Coordination.Silo.Demo;

namespace Coordination.Api.Tests;

/// <summary>demo-data.json read as the host reads it, with the API's strict JSON settings, without a host.</summary>
public class DemoDataFileTests
{
    private static readonly DemoDataSet Data = DemoDataFile.Load();

    [Fact]
    public void The_embedded_file_reads_with_the_APIs_settings_and_holds_every_section()
    {
        Assert.Equal(10, Data.Topics.Length);
        Assert.Equal(5, Data.TaskForces.Length);
        Assert.Equal(6, Data.RegionalOffices.Length);
        Assert.Equal(46, Data.Activities.Length);
        Assert.Equal(26, Data.Events.Length);
        Assert.Equal(21, Data.Plants.Length);
        Assert.All(Data.Activities, a => Assert.False(string.IsNullOrWhiteSpace(a.Id)));
        Assert.All(Data.Events, e => Assert.False(string.IsNullOrWhiteSpace(e.Id)));
    }

    [Fact]
    public void A_misspelt_field_is_refused_naming_its_line_and_path()
    {
        const string json = """
            { "topics": [], "taskForces": [], "regionalOffices": [], "events": [], "plants": [],
              "activities": [
                { "id": "act-typo", "titel": "Spectrum for rural IMT broadband" }
              ] }
            """;

        var refused = Assert.Throws<InvalidDataException>(() => DemoDataFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "typo.json"));

        Assert.StartsWith("typo.json, line 3, at $.activities[0].titel:", refused.Message);
        Assert.Contains("'titel'", refused.Message);
    }

    [Fact]
    public void Ids_are_unique_and_each_plant_names_two_records_and_the_id_its_alert_gets()
    {
        Assert.Equal(Data.Activities.Length, Data.Activities.Select(a => a.Id).Distinct().Count());
        Assert.Equal(Data.Events.Length, Data.Events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(Data.Topics.Length, Data.Topics.Select(t => t.Id).Distinct().Count());
        Assert.Equal(Data.TaskForces.Length, Data.TaskForces.Select(t => t.Id).Distinct().Count());
        var activities = Data.Activities.Select(a => a.Id!).ToHashSet();
        var events = Data.Events.Select(e => e.Id!).Concat(FlagshipCalendar.Defaults.Select(w => EventProfiles.FlagshipId(w.Code))).ToHashSet();

        Assert.All(Data.Plants, plant =>
        {
            Assert.Equal(2, plant.Items.Length);
            Assert.False(string.IsNullOrWhiteSpace(plant.Why));
            if (plant.Kind == AlertKeys.ActivityOverlap)
            {
                Assert.All(plant.Items, id => Assert.Contains(id, activities));
                if (plant.Alert is null) Assert.Empty(plant.Routes);
                else Assert.Equal(AlertKeys.PairId(plant.Items[0], plant.Items[1]), plant.Alert);
            }
            else
            {
                Assert.Equal(AlertKeys.EventClash, plant.Kind);
                Assert.All(plant.Items, id => Assert.Contains(id, events));
                Assert.Equal(AlertKeys.ClashPairId(plant.Items[0], plant.Items[1]), plant.Alert);
            }
            Assert.All(plant.Routes, route => Assert.True(AlertQuery.IsRoute(route), $"{plant.Alert}: unknown route {route}"));
        });
        var alerts = Data.Plants.Where(p => p.Alert is not null).Select(p => p.Alert).ToArray();
        Assert.Equal(alerts.Length, alerts.Distinct().Count());
    }
}

/// <summary>A fresh installation as the README starts it: demo data loaded on the first start.</summary>
public sealed class DemoDataApiFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["DemoData:Enabled"] = "true" };
}

/// <summary>What a host holds once it has loaded demo-data.json: every record, and exactly the alerts the file plants.</summary>
public class DemoDataTests(DemoDataApiFactory api) : IClassFixture<DemoDataApiFactory>
{
    private static readonly DemoDataSet Data = DemoDataFile.Load();

    [Fact]
    public async Task Every_record_of_the_file_is_stored()
    {
        var client = await api.SignedInAsync("helena.berg");

        var activities = (await (await client.GetAsync("/api/activities?limit=500")).ReadAsync()).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString());
        Assert.Equal(Data.Activities.Select(a => a.Id).Order(), activities.Order());
        foreach (var e in Data.Events)
            Assert.Equal(e.Title, (await (await client.GetAsync($"/api/events/{e.Id}")).ReadAsync()).GetProperty("title").GetString());
        var topics = (await (await client.GetAsync("/api/topics")).ReadAsync()).EnumerateArray().Select(t => t.GetProperty("id").GetString());
        Assert.Equal(Data.Topics.Select(t => t.Id).Order(), topics.Order());
        var taskForces = (await (await client.GetAsync("/api/task-forces")).ReadAsync()).EnumerateArray().Select(t => t.GetProperty("id").GetString());
        Assert.Equal(Data.TaskForces.Select(t => t.Id).Order(), taskForces.Order());
        foreach (var office in Data.RegionalOffices)
        {
            var director = (await (await client.GetAsync($"/api/regions/{office.Region}")).ReadAsync()).GetProperty("director");
            Assert.Equal(office.Director.UserId, director.GetProperty("userId").GetString());
            Assert.Equal(office.Director.Name, director.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task Every_planted_alert_is_raised_on_the_dashboards_it_lists_and_no_other()
    {
        var client = await api.SignedInAsync("helena.berg");
        var routes = AlertKeys.CoveringRoutes.Concat(Data.TaskForces.Select(t => AlertKeys.TaskForceRoute(t.Id!))).Append(AlertKeys.CoCo)
            .Concat(Data.Plants.SelectMany(p => p.Routes)).Distinct();

        var raised = new Dictionary<string, HashSet<string>>();
        foreach (var route in routes)
            foreach (var alert in (await (await client.GetAsync($"/api/alerts?route={Uri.EscapeDataString(route)}&limit=500")).ReadAsync()).GetProperty("items").EnumerateArray())
            {
                var id = alert.GetProperty("id").GetString()!;
                (raised.TryGetValue(id, out var on) ? on : raised[id] = []).Add(route);
            }

        var planted = Data.Plants.Where(p => p.Alert is not null).ToDictionary(p => p.Alert!);
        Assert.True(planted.Keys.Order().SequenceEqual(raised.Keys.Order()),
            $"raised but not planted: {string.Join(", ", raised.Keys.Except(planted.Keys))}; planted but not raised: {string.Join(", ", planted.Keys.Except(raised.Keys))}");
        foreach (var (id, plant) in planted)
            Assert.True(plant.Routes.All(raised[id].Contains), $"{id} is on {string.Join(", ", raised[id])}, not on all of {string.Join(", ", plant.Routes)}");
        // The 13 DemoData.cs produced before the data became a file, and the Spanish smart-city pair the Spanish lexicon finds,
        // less the WSIS Forum's clash with the AI for Good window, which the summit's own event held in it now carries.
        Assert.Equal(13, raised.Values.Count(on => on.Contains(AlertKeys.Mcg)));
    }

    [Fact]
    public async Task Planted_overlaps_are_explained_as_written_in_one_language_or_two()
    {
        var client = await api.SignedInAsync("helena.berg");

        foreach (var plant in Data.Plants.Where(p => p.Kind == AlertKeys.ActivityOverlap && p.Alert is not null))
        {
            var explanation = (await (await client.GetAsync($"/api/alerts/{Uri.EscapeDataString(plant.Alert!)}")).ReadAsync()).GetProperty("explanation");
            Assert.True(plant.CrossLanguage == explanation.GetProperty("crossLanguage").GetBoolean(), $"{plant.Alert}: crossLanguage is not {plant.CrossLanguage}");
            if (plant.CrossLanguage)
                Assert.True(explanation.GetProperty("sharedTerms").EnumerateArray().Any(t => t.GetProperty("words").GetString()!.Contains('↔')),
                    $"{plant.Alert}: no word bridges the two languages");
        }
    }

    [Fact]
    public async Task A_plant_without_an_alert_is_listed_as_a_likely_duplicate_on_both_sides()
    {
        var client = await api.SignedInAsync("helena.berg");
        var quiet = Data.Plants.Where(p => p.Alert is null).ToArray();
        Assert.NotEmpty(quiet);

        foreach (var plant in quiet)
            foreach (var (side, other) in new[] { (plant.Items[0], plant.Items[1]), (plant.Items[1], plant.Items[0]) })
            {
                var matches = (await (await client.GetAsync($"/api/activities/{side}/overlaps")).ReadAsync()).GetProperty("matches").EnumerateArray();
                var match = Assert.Single(matches, m => m.GetProperty("activityId").GetString() == other);
                Assert.False(match.GetProperty("raisesAlert").GetBoolean());
            }
    }
}

public class FreshInstallationOverlapTests(DemoDataApiFactory api) : IClassFixture<DemoDataApiFactory>
{
    /// <summary>
    /// The demo data is registered into an empty index, so the shards first weigh terms while the collection is
    /// a handful of activities: the first check after start must not be scored with those weights.
    /// </summary>
    [Fact]
    public async Task The_READMEs_draft_finds_the_planted_overlaps_as_soon_as_the_host_answers()
    {
        var client = await api.SignedInAsync("amina.diallo");

        var response = await client.PostAsync("/api/overlaps/check", Json.Body(new
        {
            sector = "TSB",
            title = "AI readiness training for policymakers in Africa",
            description = "Workshops on AI governance and national AI strategies",
            regions = new[] { "AFR" },
            topics = new[] { "ai" },
        }));

        var matches = (await response.ReadAsync()).GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("activityId").GetString()).ToArray();
        Assert.Contains("act-tsb-ai-readiness-training-africa", matches);
        Assert.Contains("act-bdt-ai-skills-policymakers-africa", matches);
    }
}
