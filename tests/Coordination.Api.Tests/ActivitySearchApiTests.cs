using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>Type-ahead search of activity titles, across the UN languages.</summary>
[Collection(ApiCollection.Name)]
public class ActivitySearchApiTests(ApiFactory api)
{
    private static object Activity(string id, string sector, string title, string language = "en") => new
    {
        id, sector, kind = "CapacityBuilding", title, language,
        description = "Sessions for regulators.",
        regions = new[] { "EUR" },
    };

    private static async Task<string[]> HitsAsync(HttpClient client, string query, int limit = 10)
    {
        var response = await client.GetAsync($"/api/activities/search?q={Uri.EscapeDataString(query)}&limit={limit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadAsync()).EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task A_french_query_finds_an_english_title_first_and_each_hit_has_id_title_sector_and_status()
    {
        var marker = Overlapping.Marker();
        var admin = await api.SignedInAsync("admin");
        var (training, workshop) = ($"act-{marker}-training", $"act-{marker}-workshop");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity(training, "BDT", $"Training of trainers {marker}")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity(workshop, "TSB", $"Standards meeting {marker}")))).StatusCode);
        var member = await api.SignedInAsync("amina.diallo");

        // Both titles carry the marker; only the English "training" answers the French "formation".
        var hits = await HitsAsync(member, $"formation {marker} ");
        var response = await (await member.GetAsync($"/api/activities/search?q={Uri.EscapeDataString("formation " + marker)}")).ReadAsync();

        Assert.Equal([training, workshop], hits[..2]);
        var first = response[0];
        Assert.Equal((training, $"Training of trainers {marker}", "BDT", "Planned"),
            (first.GetProperty("id").GetString(), first.GetProperty("title").GetString(), first.GetProperty("sector").GetString(), first.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_word_being_typed_matches_the_start_of_a_title_word()
    {
        var marker = Overlapping.Marker();
        var admin = await api.SignedInAsync("admin");
        var id = $"act-{marker}";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity(id, "GS", $"Cyberdrill {marker} exercise")))).StatusCode);

        Assert.Contains(id, await HitsAsync(admin, marker[..6], limit: 50));
        Assert.DoesNotContain(id, await HitsAsync(admin, marker[..6] + " ", limit: 50));
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=x&limit=0", "limit")]
    [InlineData("q=x&limit=51", "limit")]
    public async Task Bad_searches_are_refused_with_a_problem(string query, string named)
    {
        var problem = await (await (await api.SignedInAsync("admin")).GetAsync($"/api/activities/search?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }
}
