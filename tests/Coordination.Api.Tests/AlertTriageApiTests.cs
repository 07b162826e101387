using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using static Coordination.Api.Tests.Infrastructure.Overlapping;
using Coordination.Silo.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Api.Tests;

/// <summary>Working an alert: acknowledge, assign, comment, decide; every step in the audit trail; the live feed.</summary>
[Collection(ApiCollection.Name)]
public class AlertTriageApiTests(ApiFactory api)
{
    /// <summary>Two cross-sector activities that overlap; returns their alert's id.</summary>
    private async Task<(string AlertId, string A, string B)> OverlapAsync(string marker)
    {
        var (a, b) = ($"act-{marker}-a", $"act-{marker}-b");
        Assert.Equal(HttpStatusCode.Created, (await (await api.SignedInAsync("pierre.martin")).PostAsync("/api/activities", Json.Body(Activity(a, "TSB", marker)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await api.SignedInAsync("amina.diallo")).PostAsync("/api/activities", Json.Body(Activity(b, "BDT", marker)))).StatusCode);
        return ($"{a}~{b}", a, b);
    }

    private static async Task<JsonElement> AlertAsync(HttpClient client, string id) => await (await client.GetAsync($"/api/alerts/{id}")).ReadAsync();

    [Fact]
    public async Task Every_action_on_an_alert_is_recorded_with_who_when_before_and_after()
    {
        var (alertId, a, b) = await OverlapAsync(Marker());
        var coordinator = await api.SignedInAsync("helena.berg");
        var member = await api.SignedInAsync("amina.diallo");
        var director = await api.SignedInAsync("director.afr");
        var taskForce = $"tf-{Marker()}";
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/task-forces",
            Json.Body(new { id = taskForce, name = "AI readiness", leadSector = "BDT" }))).StatusCode);

        // A cross-sector alert is the coordinators' to work: the AFR director and a member are refused.
        await (await director.PostAsync($"/api/alerts/{alertId}/acknowledgement", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsync($"/api/alerts/{alertId}/assignment", Json.Body(new { assignee = "amina.diallo" }))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/alerts/{alertId}/acknowledgement", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/alerts/{alertId}/assignment", Json.Body(new { assignee = "kwame.mensah" }))).StatusCode);
        // Anyone may comment, but not with nothing to say.
        await (await member.PostAsync($"/api/alerts/{alertId}/comments", Json.Body(new { text = "  " }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/api/alerts/{alertId}/comments", Json.Body(new { text = "Our workshops target ministers, theirs regulators." }))).StatusCode);
        // Coordinate needs an existing task force; a refusal changes nothing.
        await (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "Coordinate" }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "Coordinate", taskForce = "tf-none" }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Open", (await AlertAsync(coordinator, alertId)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution",
            Json.Body(new { resolution = "Coordinate", reason = "Joint delivery", taskForce }))).StatusCode);

        var alert = await AlertAsync(coordinator, alertId);
        Assert.Equal("kwame.mensah", alert.GetProperty("assignedTo").GetString());
        Assert.Equal(taskForce, alert.GetProperty("coordinatingTaskForce").GetString());
        var trail = alert.GetProperty("trail").EnumerateArray().Select(e => (
            Action: e.GetProperty("action").GetString(), Actor: e.GetProperty("actor").GetString(),
            Before: e.GetProperty("before").GetString(), After: e.GetProperty("after").GetString())).ToArray();
        Assert.Equal(["raised", "acknowledged", "assigned", "commented", "resolved"], trail.Select(e => e.Action));
        Assert.Equal(["system", "helena.berg", "helena.berg", "amina.diallo", "helena.berg"], trail.Select(e => e.Actor));
        Assert.Equal(("unassigned", "kwame.mensah"), (trail[2].Before, trail[2].After));
        Assert.Equal(("Open", "Resolved (Coordinate)"), (trail[4].Before, trail[4].After));

        // Both activities are now linked as complementary under the task force, each from its own side.
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            var links = (await (await coordinator.GetAsync($"/api/activities/{from}/links")).ReadAsync()).EnumerateArray().ToArray();
            var link = Assert.Single(links);
            Assert.Equal(("Complementary", to, taskForce, alertId),
                (link.GetProperty("type").GetString(), link.GetProperty("otherId").GetString(), link.GetProperty("taskForce").GetString(), link.GetProperty("alertId").GetString()));
        }
        // Decided is decided: acting on it again is a conflict.
        await (await coordinator.PostAsync($"/api/alerts/{alertId}/acknowledgement", null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_decisions_reason_is_limited_like_a_comment_and_a_refused_decision_changes_nothing()
    {
        var (alertId, _, _) = await OverlapAsync(Marker());
        var coordinator = await api.SignedInAsync("helena.berg");

        var tooLong = await coordinator.PostAsync($"/api/alerts/{alertId}/resolution",
            Json.Body(new { resolution = "NotDuplicate", reason = new string('r', 2_001) }));
        var huge = await coordinator.PostAsync($"/api/alerts/{alertId}/resolution",
            Json.Body(new { resolution = "NotDuplicate", reason = new string('r', 5_000_000) }));
        var comment = await coordinator.PostAsync($"/api/alerts/{alertId}/comments", Json.Body(new { text = new string('c', 2_001) }));

        Assert.True((await tooLong.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("reason", out _));
        await huge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.True((await comment.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("text", out _));
        var alert = await AlertAsync(coordinator, alertId);
        Assert.Equal("Open", alert.GetProperty("status").GetString());
        Assert.Single(alert.GetProperty("trail").EnumerateArray());
    }

    [Fact]
    public async Task A_merge_links_both_activities_as_the_same_work()
    {
        var (alertId, a, b) = await OverlapAsync(Marker());
        var coordinator = await api.SignedInAsync("helena.berg");

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "Merge" }))).StatusCode);

        var link = Assert.Single((await (await coordinator.GetAsync($"/api/activities/{b}/links")).ReadAsync()).EnumerateArray());
        Assert.Equal(("SameAs", a), (link.GetProperty("type").GetString(), link.GetProperty("otherId").GetString()));
    }

    [Fact]
    public async Task Deleting_an_activity_withdraws_its_open_alerts_and_only_the_platform_withdraws()
    {
        var (alertId, a, _) = await OverlapAsync(Marker());
        var coordinator = await api.SignedInAsync("helena.berg");
        await (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "Withdrawn" })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/activities/{a}");
        delete.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, (await (await api.SignedInAsync("pierre.martin")).SendAsync(delete)).StatusCode);

        var alert = await AlertAsync(coordinator, alertId);
        Assert.Equal(("Resolved", "Withdrawn", "system"),
            (alert.GetProperty("status").GetString(), alert.GetProperty("resolution").GetString(), alert.GetProperty("resolvedBy").GetString()));
        Assert.Equal("withdrawn", alert.GetProperty("trail").EnumerateArray().Last().GetProperty("action").GetString());
        var open = await (await coordinator.GetAsync("/api/alerts?route=MCG&status=Open&limit=500")).ReadAsync();
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetString() == alertId);
    }

    [Fact]
    public async Task The_live_feed_tells_this_host_of_a_new_alert_and_of_its_resolution()
    {
        var marker = Marker();
        var expected = $"act-{marker}-a~act-{marker}-b";
        var raised = new TaskCompletionSource<AlertChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolved = new TaskCompletionSource<AlertChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listening = api.Services.GetRequiredService<AlertFeed>().Listen(change =>
        {
            if (change.Summary.Id != expected) return Task.CompletedTask;
            (change.Summary.Status == AlertStatus.Open ? raised : resolved).TrySetResult(change);
            return Task.CompletedTask;
        });
        await api.Services.GetRequiredService<AlertFeed>().ReadyAsync.WaitAsync(TimeSpan.FromSeconds(30));

        var (alertId, _, _) = await OverlapAsync(marker);
        var opened = await raised.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await (await api.SignedInAsync("helena.berg")).PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate", reason = "Different audiences" }));
        var closed = await resolved.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(alertId, opened.Summary.Id);
        Assert.Contains("MCG", opened.Routes);
        Assert.Equal(alertId, closed.Summary.Id);
        Assert.Equal(AlertStatus.Resolved, closed.Summary.Status);
    }
}
