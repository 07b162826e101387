using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

[Collection(ApiCollection.Name)]
public class ActivityApiTests(ApiFactory api)
{
    [Fact]
    public async Task An_activity_goes_through_create_read_update_list_and_delete()
    {
        var client = await api.SignedInAsync("carlos.rivera");
        var draft = new
        {
            id = "act-api-lifecycle", sector = "BDT", kind = "Project", title = "Smart villages in the Andes",
            regions = new[] { "AMS" }, countries = new[] { "PE", "BO" }, targets = new[] { "1.1" },
            startDate = "2027-02-01", endDate = "2027-11-30",
        };

        var created = await client.PostAsync("/api/activities", Json.Body(draft));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/activities/act-api-lifecycle", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal("carlos.rivera", (await created.ReadAsync()).GetProperty("audit").GetProperty("createdBy").GetString());

        var read = await client.GetAsync("/api/activities/act-api-lifecycle");
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);

        var update = new HttpRequestMessage(HttpMethod.Put, "/api/activities/act-api-lifecycle") { Content = Json.Body(draft with { title = "Smart villages in the Andes, phase 2" }) };
        update.Headers.IfMatch.Add(read.Headers.ETag!);
        var updated = await client.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);

        var listing = await (await client.GetAsync("/api/activities?sector=BDT&limit=500")).ReadAsync();
        Assert.Contains(listing.GetProperty("items").EnumerateArray(),
            a => a.GetProperty("id").GetString() == "act-api-lifecycle" && a.GetProperty("title").GetString()!.EndsWith("phase 2"));

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/activities/act-api-lifecycle");
        delete.Headers.IfMatch.ParseAdd("\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/activities/act-api-lifecycle")).StatusCode);
    }

    [Fact]
    public async Task A_generated_id_is_returned_when_none_is_given()
    {
        var client = await api.SignedInAsync("sara.haddad");

        var created = await client.PostAsync("/api/activities", Json.Body(new { sector = "GS", kind = "Event", title = "Youth digital summit" }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Matches("^act-[0-9a-f]{12}$", (await created.ReadAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_and_health_endpoints_answer_without_a_token()
    {
        var client = api.CreateClient();

        var openApi = await (await client.GetAsync("/openapi/v1.json")).ReadAsync();
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/activities", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Reference_data_lists_the_sectors_and_the_default_thematic_priorities()
    {
        var client = await api.SignedInAsync("helena.berg");

        var sectors = await (await client.GetAsync("/api/reference/sectors")).ReadAsync();
        Assert.Equal(["BR", "TSB", "BDT", "GS"], sectors.EnumerateArray().Select(s => s.GetString()));
        var priorities = await (await client.GetAsync("/api/reference/thematic-priorities")).ReadAsync();
        Assert.Contains(priorities.EnumerateArray(), p => p.GetProperty("code").GetString() == "spectrum-orbits");
    }
}
