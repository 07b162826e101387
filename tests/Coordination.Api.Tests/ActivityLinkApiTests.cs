using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>Typed links between activities: written on both sides, refused without a trace.</summary>
[Collection(ApiCollection.Name)]
public class ActivityLinkApiTests(ApiFactory api)
{
    private static object Activity(string id, string sector) => new { id, sector, kind = "Study", title = $"Spectrum sharing study {id}" };

    /// <summary>Two activities of different sectors, each registered by a member of its sector.</summary>
    private async Task<(string A, string B)> TwoActivitiesAsync(string name, string sectorA = "BDT", string sectorB = "TSB")
    {
        var (a, b) = ($"act-link-{name}-a", $"act-link-{name}-b");
        foreach (var (id, sector) in new[] { (a, sectorA), (b, sectorB) })
        {
            var member = await api.SignedInAsync(MemberOf(sector));
            Assert.Equal(HttpStatusCode.Created, (await member.PostAsync("/api/activities", Json.Body(Activity(id, sector)))).StatusCode);
        }
        return (a, b);
    }

    private static string MemberOf(string sector) => sector switch
    {
        "BDT" => "amina.diallo",
        "TSB" => "pierre.martin",
        "BR" => "li.wei",
        _ => "sara.haddad",
    };

    private static async Task<JsonElement[]> LinksAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/activities/{id}/links");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadAsync()).EnumerateArray()];
    }

    [Fact]
    public async Task A_link_is_listed_on_both_sides_with_the_reversed_type()
    {
        var (a, b) = await TwoActivitiesAsync("both-sides");
        var bdt = await api.SignedInAsync("amina.diallo");

        var created = await bdt.PostAsync($"/api/activities/{a}/links", Json.Body(new { type = "ParentOf", target = b }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/activities/{a}/links", created.Headers.Location?.OriginalString);
        var fromA = Assert.Single(await LinksAsync(bdt, a));
        Assert.Equal("ParentOf", fromA.GetProperty("type").GetString());
        Assert.Equal(b, fromA.GetProperty("otherId").GetString());
        Assert.Equal($"Spectrum sharing study {b}", fromA.GetProperty("otherTitle").GetString());
        Assert.Equal("amina.diallo", fromA.GetProperty("createdBy").GetString());
        var fromB = Assert.Single(await LinksAsync(bdt, b));
        Assert.Equal("ChildOf", fromB.GetProperty("type").GetString());
        Assert.Equal(a, fromB.GetProperty("otherId").GetString());
    }

    [Fact]
    public async Task A_complementary_link_reads_the_same_from_both_sides()
    {
        var (a, b) = await TwoActivitiesAsync("complementary");
        var tsb = await api.SignedInAsync("pierre.martin");

        Assert.Equal(HttpStatusCode.Created, (await tsb.PostAsync($"/api/activities/{b}/links", Json.Body(new { type = "complementary", target = a }))).StatusCode);

        Assert.Equal("Complementary", Assert.Single(await LinksAsync(tsb, a)).GetProperty("type").GetString());
        Assert.Equal("Complementary", Assert.Single(await LinksAsync(tsb, b)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unknown_link_type_is_a_422_problem_and_stores_nothing()
    {
        var (a, b) = await TwoActivitiesAsync("unknown-type");
        var bdt = await api.SignedInAsync("amina.diallo");

        var problem = await (await bdt.PostAsync($"/api/activities/{a}/links", Json.Body(new { type = "Sibling", target = b })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var message = problem.GetProperty("errors").GetProperty("type")[0].GetString();
        Assert.Contains("Sibling", message);
        Assert.Contains("ParentOf", message);
        Assert.Empty(await LinksAsync(bdt, a));
        Assert.Empty(await LinksAsync(bdt, b));
    }

    [Fact]
    public async Task An_unknown_or_missing_target_is_a_422_problem_and_stores_nothing()
    {
        var (a, _) = await TwoActivitiesAsync("unknown-target");
        var bdt = await api.SignedInAsync("amina.diallo");

        var unknown = await (await bdt.PostAsync($"/api/activities/{a}/links", Json.Body(new { type = "SameAs", target = "act-link-nobody" })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var itself = await (await bdt.PostAsync($"/api/activities/{a}/links", Json.Body(new { type = "SameAs", target = a })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("act-link-nobody", unknown.GetProperty("errors").GetProperty("target")[0].GetString());
        Assert.True(itself.GetProperty("errors").TryGetProperty("target", out _));
        Assert.Empty(await LinksAsync(bdt, a));
    }

    [Fact]
    public async Task Links_of_an_unknown_activity_are_404()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        var (a, _) = await TwoActivitiesAsync("unknown-source");

        await (await bdt.GetAsync("/api/activities/act-link-missing-source/links")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bdt.PostAsync("/api/activities/act-link-missing-source/links", Json.Body(new { type = "SameAs", target = a })))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await LinksAsync(bdt, a));
    }

    [Fact]
    public async Task A_member_of_an_unrelated_sector_can_neither_link_nor_unlink()
    {
        var (br, tsb) = await TwoActivitiesAsync("unrelated", "BR", "TSB");
        var bdt = await api.SignedInAsync("amina.diallo");

        var refused = await (await bdt.PostAsync($"/api/activities/{br}/links", Json.Body(new { type = "SameAs", target = tsb })))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("BR", refused.GetProperty("detail").GetString());
        Assert.Empty(await LinksAsync(bdt, br));
        Assert.Empty(await LinksAsync(bdt, tsb));

        var coordinator = await api.SignedInAsync("helena.berg");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync($"/api/activities/{br}/links", Json.Body(new { type = "SameAs", target = tsb }))).StatusCode);
        await (await bdt.DeleteAsync($"/api/activities/{br}/links/SameAs/{tsb}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Single(await LinksAsync(bdt, br));
        Assert.Single(await LinksAsync(bdt, tsb));
    }

    [Fact]
    public async Task Unlinking_removes_both_sides()
    {
        var (a, b) = await TwoActivitiesAsync("unlink");
        var bdt = await api.SignedInAsync("amina.diallo");
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync($"/api/activities/{a}/links", Json.Body(new { type = "ChildOf", target = b }))).StatusCode);
        var tsb = await api.SignedInAsync("pierre.martin");

        // Removed from the other side, by a member of the other sector: the same link seen as ParentOf.
        var removed = await tsb.DeleteAsync($"/api/activities/{b}/links/ParentOf/{a}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(await LinksAsync(bdt, a));
        Assert.Empty(await LinksAsync(bdt, b));
        await (await tsb.DeleteAsync($"/api/activities/{b}/links/ParentOf/{a}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await tsb.DeleteAsync($"/api/activities/{b}/links/Cousin/{a}")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}
