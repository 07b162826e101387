using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using static Coordination.Api.Tests.Infrastructure.Overlapping;

namespace Coordination.Api.Tests;

[Collection(ApiCollection.Name)]
public class OverlapApiTests(ApiFactory api)
{
    [Fact]
    public async Task Check_before_launch_ranks_and_explains_existing_overlaps_and_stores_nothing()
    {
        var marker = Marker();
        var tsb = await api.SignedInAsync("pierre.martin");
        Assert.Equal(HttpStatusCode.Created, (await tsb.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-tsb", "TSB", marker)))).StatusCode);
        var bdt = await api.SignedInAsync("amina.diallo");

        var response = await bdt.PostAsync("/api/overlaps/check", Json.Body(Activity($"act-{marker}-draft", "BDT", marker)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = (await response.ReadAsync()).GetProperty("matches").EnumerateArray().First();
        Assert.Equal($"act-{marker}-tsb", match.GetProperty("activityId").GetString());
        var explanation = match.GetProperty("explanation");
        Assert.True(explanation.GetProperty("crossSector").GetBoolean());
        Assert.Contains(explanation.GetProperty("sharedTerms").EnumerateArray(), t => t.GetProperty("term").GetString() == marker);
        Assert.Contains(explanation.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "shared-countries");
        Assert.Equal(HttpStatusCode.NotFound, (await bdt.GetAsync($"/api/activities/act-{marker}-draft")).StatusCode);
    }

    [Fact]
    public async Task A_draft_without_text_cannot_be_checked()
    {
        var client = await api.SignedInAsync("amina.diallo");

        var problem = await (await client.PostAsync("/api/overlaps/check", Json.Body(new { sector = "BDT" }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task A_coordinator_sees_the_alert_on_the_MCG_dashboard_and_resolves_it()
    {
        var marker = Marker();
        var tsb = await api.SignedInAsync("pierre.martin");
        var bdt = await api.SignedInAsync("amina.diallo");
        await tsb.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-a", "TSB", marker)));
        await bdt.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-b", "BDT", marker)));
        var alertId = $"act-{marker}-a~act-{marker}-b";
        var coordinator = await api.SignedInAsync("helena.berg");

        var open = await (await coordinator.GetAsync("/api/alerts?route=MCG&status=Open&limit=500")).ReadAsync();
        Assert.Contains(open.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
        var director = await (await coordinator.GetAsync("/api/alerts?route=RD:AFR&limit=500")).ReadAsync();
        Assert.Contains(director.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);

        await (await bdt.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate", reason = "x" })))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var withoutReason = await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate" }));
        Assert.True((await withoutReason.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("reason", out _));
        await (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "Postpone" })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var resolved = await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate", reason = "Different audiences" }));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var alert = await (await coordinator.GetAsync($"/api/alerts/{alertId}")).ReadAsync();
        Assert.Equal("Resolved", alert.GetProperty("status").GetString());
        Assert.Equal("helena.berg", alert.GetProperty("resolvedBy").GetString());
        var stillOpen = await (await coordinator.GetAsync("/api/alerts?route=MCG&status=Open&limit=500")).ReadAsync();
        Assert.DoesNotContain(stillOpen.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
    }

    [Theory]
    [InlineData("/api/alerts?route=BOARD")]
    [InlineData("/api/alerts?route=RD:MARS")]
    [InlineData("/api/alerts?status=Pending")]
    [InlineData("/api/alerts?severity=Critical")]
    public async Task Unknown_alert_filters_are_refused(string path)
    {
        var client = await api.SignedInAsync("helena.berg");

        await (await client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_coordinators_start_a_rescan_and_anyone_can_follow_it()
    {
        var member = await api.SignedInAsync("li.wei");
        await (await member.PostAsync("/api/overlaps/rescan", null)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var coordinator = await api.SignedInAsync("kwame.mensah");
        var started = await coordinator.PostAsync("/api/overlaps/rescan", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("/api/overlaps/rescan", started.Headers.Location?.OriginalString);
        var progress = await (await member.GetAsync("/api/overlaps/rescan")).ReadAsync();
        Assert.Equal(JsonValueKind.Number, progress.GetProperty("total").ValueKind);
    }
}

/// <summary>A fresh installation as the README starts it: demo data loaded on the first start.</summary>
public sealed class DemoDataApiFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["DemoData:Enabled"] = "true" };
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
