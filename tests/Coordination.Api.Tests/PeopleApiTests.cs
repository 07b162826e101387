using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Api.Tests.Infrastructure.Overlapping;

namespace Coordination.Api.Tests;

/// <summary>The people the platform knows, and alerts handed to them: by id, named, and found again with assignee=me.</summary>
[Collection(ApiCollection.Name)]
public class PeopleApiTests(ApiFactory api)
{
    private async Task<(string AlertId, string A, string B)> OverlapAsync(string marker)
    {
        var (a, b) = ($"act-{marker}-a", $"act-{marker}-b");
        Assert.Equal(HttpStatusCode.Created, (await (await api.SignedInAsync("pierre.martin")).PostAsync("/api/activities", Json.Body(Activity(a, "TSB", marker)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await api.SignedInAsync("amina.diallo")).PostAsync("/api/activities", Json.Body(Activity(b, "BDT", marker)))).StatusCode);
        return ($"{a}~{b}", a, b);
    }

    [Fact]
    public async Task Coordinators_list_the_demo_users_with_roles_and_scope_and_filter_them_by_name()
    {
        var coordinator = await api.SignedInAsync("helena.berg");

        var everyone = (await (await coordinator.GetAsync("/api/people")).ReadAsync()).EnumerateArray().ToArray();
        var amina = (await (await coordinator.GetAsync("/api/people?q=ami")).ReadAsync()).EnumerateArray().ToArray();
        var byWord = (await (await coordinator.GetAsync("/api/people?q=diallo")).ReadAsync()).EnumerateArray().Select(p => p.GetProperty("id").GetString());

        Assert.Equal(Coordination.Silo.Security.DevelopmentUsers.All.Select(u => u.Id).Order(), everyone.Select(p => p.GetProperty("id").GetString()).Order());
        var person = Assert.Single(amina);
        Assert.Equal(("amina.diallo", "Amina Diallo", "BDT"), (person.GetProperty("id").GetString(), person.GetProperty("name").GetString(), person.GetProperty("sector").GetString()));
        Assert.Equal(["TaskForceMember"], person.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["tf-ai", "tf-digital-inclusion"], person.GetProperty("taskForces").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.Null, person.GetProperty("region").ValueKind);
        Assert.Equal(["amina.diallo"], byWord);
    }

    [Fact]
    public async Task Only_coordinators_and_administrators_list_people()
    {
        await (await (await api.SignedInAsync("amina.diallo")).GetAsync("/api/people")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await (await api.SignedInAsync("director.afr")).GetAsync("/api/people")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await (await api.SignedInAsync("admin")).GetAsync("/api/people")).StatusCode);
        await (await (await api.SignedInAsync("admin")).GetAsync("/api/people?limit=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_sign_in_records_the_person_in_the_directory()
    {
        await api.SignedInAsync("sara.haddad");

        var people = await api.Services.GetRequiredService<IGrainFactory>().GetGrain<IPeopleDirectoryGrain>(0).ListAsync();

        var sara = Assert.Single(people, p => p.Id == "sara.haddad");
        Assert.Equal(("Sara Haddad", Sector.GS), (sara.Name, sara.Sector));
        Assert.Equal(["TaskForceMember"], sara.Roles);
        Assert.Equal(["tf-digital-inclusion"], sara.TaskForces);
    }

    [Fact]
    public async Task An_alert_is_assigned_only_to_a_known_person_and_is_then_found_by_assignee_me_with_owner_and_name()
    {
        var (alertId, _, _) = await OverlapAsync(Marker());
        var coordinator = await api.SignedInAsync("helena.berg");

        var unknown = await (await coordinator.PostAsync($"/api/alerts/{alertId}/assignment", Json.Body(new { assignee = "no.such.person" })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no.such.person", unknown.GetProperty("errors").GetProperty("assignee")[0].GetString());
        Assert.Equal(JsonValueKind.Null, (await (await coordinator.GetAsync($"/api/alerts/{alertId}")).ReadAsync()).GetProperty("assignedTo").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/alerts/{alertId}/assignment", Json.Body(new { assignee = "li.wei" }))).StatusCode);

        var alert = await (await coordinator.GetAsync($"/api/alerts/{alertId}")).ReadAsync();
        Assert.Equal(("li.wei", "Li Wei"), (alert.GetProperty("assignee").GetProperty("id").GetString(), alert.GetProperty("assignee").GetProperty("name").GetString()));
        Assert.Equal("MCG", alert.GetProperty("owner").GetString());

        var liWei = await api.SignedInAsync("li.wei");
        var mine = await (await liWei.GetAsync("/api/alerts?assignee=me&limit=500")).ReadAsync();
        var row = Assert.Single(mine.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
        Assert.All(mine.GetProperty("items").EnumerateArray(), a => Assert.Equal("li.wei", a.GetProperty("assignedTo").GetString()));
        Assert.Equal(("MCG", "li.wei", "Li Wei"), (row.GetProperty("owner").GetString(),
            row.GetProperty("assignee").GetProperty("id").GetString(), row.GetProperty("assignee").GetProperty("name").GetString()));
        var byId = await (await coordinator.GetAsync("/api/alerts?assignee=li.wei&limit=500")).ReadAsync();
        Assert.Contains(byId.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
        var helenas = await (await coordinator.GetAsync("/api/alerts?assignee=me&limit=500")).ReadAsync();
        Assert.DoesNotContain(helenas.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
        var unassigned = await (await coordinator.GetAsync("/api/alerts?assignee=none&limit=500")).ReadAsync();
        Assert.DoesNotContain(unassigned.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
    }

    [Fact]
    public async Task An_alerts_detail_names_who_registered_each_side_and_the_links_between_them()
    {
        var (alertId, a, b) = await OverlapAsync(Marker());
        var coordinator = await api.SignedInAsync("helena.berg");

        var before = await (await coordinator.GetAsync($"/api/alerts/{alertId}")).ReadAsync();
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync($"/api/activities/{a}/links", Json.Body(new { type = "ParentOf", target = b }))).StatusCode);
        var after = await (await coordinator.GetAsync($"/api/alerts/{alertId}")).ReadAsync();

        var sides = before.GetProperty("sides").EnumerateArray().ToArray();
        Assert.Equal([a, b], sides.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["activity", "activity"], sides.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(["pierre.martin", "amina.diallo"], sides.Select(s => s.GetProperty("registeredBy").GetProperty("id").GetString()));
        Assert.Equal(["Pierre Martin", "Amina Diallo"], sides.Select(s => s.GetProperty("registeredBy").GetProperty("name").GetString()));
        Assert.Equal(["TSB", "BDT"], sides.Select(s => s.GetProperty("sector").GetString()));
        Assert.Empty(before.GetProperty("linksBetween").EnumerateArray());
        var between = Assert.Single(after.GetProperty("linksBetween").EnumerateArray());
        Assert.Equal(("ParentOf", b, "helena.berg"), (between.GetProperty("type").GetString(), between.GetProperty("otherId").GetString(), between.GetProperty("createdBy").GetString()));
        var fromB = Assert.Single(after.GetProperty("sides")[1].GetProperty("links").EnumerateArray());
        Assert.Equal(("ChildOf", a), (fromB.GetProperty("type").GetString(), fromB.GetProperty("otherId").GetString()));
        // The stored alert's fields are still there, unchanged.
        Assert.Equal(alertId, after.GetProperty("id").GetString());
        Assert.Equal("Open", after.GetProperty("status").GetString());
    }
}
