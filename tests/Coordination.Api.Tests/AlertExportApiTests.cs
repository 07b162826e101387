using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>
/// The alert list's filters and the CSV export, on three activities of one new topic: BDT and TSB in Africa,
/// BR in Europe. Filtering on the topic keeps other tests' alerts out.
/// </summary>
[Collection(ApiCollection.Name)]
public class AlertExportApiTests(ApiFactory api)
{
    private const string Header =
        "id,kind,severity,score,status,sectors,regions,topics,titles,raised_at,resolved_at,assigned_to,acknowledged,overdue,escalated_at,owner,assignee_name,link";

    /// <summary>The topic, the title all three activities share, and the alert of each pair.</summary>
    private sealed record Scenario(string Topic, string Title, string BdtTsb, string BdtBr, string BrTsb)
    {
        public string[] All => [BdtTsb, BdtBr, BrTsb];
    }

    /// <summary>A made-up word that no stemmer changes (it ends in a digit).</summary>
    private static string Word() => $"zq{Guid.NewGuid():N}"[..9] + "7";

    /// <summary>
    /// Texts of made-up words only: the three match one another and nothing of other tests, whose alerts
    /// would otherwise carry this topic too (an alert has the topics of both sides).
    /// </summary>
    private async Task<Scenario> ThreeOverlapsAsync()
    {
        var words = Enumerable.Range(0, 6).Select(_ => Word()).ToArray();
        var marker = words[0];
        var topic = $"topic-{marker}";
        // The comma makes the export quote the titles.
        var title = $"{words[0]} {words[1]}, {words[2]} {words[3]}";
        var coordinator = await api.SignedInAsync("helena.berg");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/topics", Json.Body(new { id = topic, name = $"Topic {marker}" }))).StatusCode);
        var admin = await api.SignedInAsync("admin");
        // BR works in Europe as well as Africa: activities that share no place would not alert (the same work elsewhere).
        foreach (var (sector, regions) in new[] { ("BDT", new[] { "AFR" }), ("TSB", ["AFR"]), ("BR", ["AFR", "EUR"]) })
        {
            var activity = new
            {
                id = $"act-{marker}-{sector.ToLowerInvariant()}", sector, kind = "CapacityBuilding", title,
                description = string.Join(' ', words),
                keywords = words[..3],
                regions,
                topics = new[] { topic },
            };
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(activity))).StatusCode);
        }
        return new Scenario(topic, title, $"act-{marker}-bdt~act-{marker}-tsb", $"act-{marker}-bdt~act-{marker}-br", $"act-{marker}-br~act-{marker}-tsb");
    }

    private static async Task<string[]> IdsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/alerts?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadAsync();
        var ids = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Length, page.GetProperty("total").GetInt32());
        return ids;
    }

    [Fact]
    public async Task The_export_has_a_header_and_one_quoted_row_per_alert_the_filters_select()
    {
        var scenario = await ThreeOverlapsAsync();
        var client = await api.SignedInAsync("kwame.mensah");

        var response = await client.GetAsync($"/api/alerts/export.csv?route=MCG&status=&topic={scenario.Topic}");
        var pair = await (await client.GetAsync($"/api/alerts/export.csv?topic={scenario.Topic}&sectors=BR,BDT")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(Header, lines[0]);
        Assert.Equal("", lines[^1]);
        var rows = lines[1..^1];
        Assert.Equal(scenario.All.Order(StringComparer.Ordinal), rows.Select(r => r.Split(',')[0]).Order(StringComparer.Ordinal));
        Assert.All(rows, row =>
        {
            Assert.Contains(",activity-overlap,", row);
            Assert.Contains($",{scenario.Topic},\"{scenario.Title} | {scenario.Title}\",", row);
            Assert.EndsWith($",,,no,no,,MCG,,http://localhost/alerts/{Uri.EscapeDataString(row.Split(',')[0])}", row);
        });
        Assert.Contains($"{scenario.BdtBr},activity-overlap,", pair);
        Assert.Equal(2, pair.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_alert_list_filters_on_sectors_region_topic_age_and_overdue_and_orders_by_age()
    {
        var scenario = await ThreeOverlapsAsync();
        var client = await api.SignedInAsync("helena.berg");
        var topic = $"topic={scenario.Topic}";

        Assert.Equal(scenario.All.Order(), (await IdsAsync(client, topic)).Order());
        Assert.Equal([scenario.BdtBr], await IdsAsync(client, $"{topic}&sectors=BR,BDT"));
        Assert.Equal([scenario.BdtBr], await IdsAsync(client, $"{topic}&sectors=BDT,BR"));
        Assert.Equal(new[] { scenario.BdtTsb, scenario.BdtBr }.Order(), (await IdsAsync(client, $"{topic}&sectors=BDT")).Order());
        Assert.Equal(new[] { scenario.BdtBr, scenario.BrTsb }.Order(), (await IdsAsync(client, $"{topic}&region=EUR")).Order());
        Assert.Equal(scenario.All.Order(), (await IdsAsync(client, $"{topic}&minAgeDays=0")).Order());
        Assert.Empty(await IdsAsync(client, $"{topic}&minAgeDays=1"));
        Assert.Empty(await IdsAsync(client, $"{topic}&overdue=true"));
        Assert.Equal(3, (await IdsAsync(client, $"{topic}&overdue=false")).Length);

        foreach (var (order, ascending) in new[] { ("Oldest", true), ("Newest", false) })
        {
            var page = await (await client.GetAsync($"/api/alerts?{topic}&order={order}")).ReadAsync();
            var raised = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("raisedAt").GetDateTimeOffset()).ToArray();
            Assert.Equal(3, raised.Length);
            Assert.Equal(ascending ? raised.Order() : raised.OrderDescending(), raised);
        }
    }

    [Fact]
    public async Task The_export_is_utf8_with_a_byte_order_mark_named_after_its_dashboard_and_day_with_each_alerts_link_and_assignee()
    {
        var scenario = await ThreeOverlapsAsync();
        var coordinator = await api.SignedInAsync("helena.berg");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/alerts/{scenario.BdtBr}/assignment", Json.Body(new { assignee = "carlos.rivera" }))).StatusCode);
        var browser = await api.WebSignedInAsync("helena.berg");

        foreach (var (client, path) in new[] { (coordinator, "/api/alerts/export.csv"), (browser, "/alerts/export.csv") })
        {
            var response = await client.GetAsync($"{path}?route=MCG&topic={scenario.Topic}");
            var regional = await client.GetAsync($"{path}?route=RD:AFR&topic={scenario.Topic}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"alerts-MCG-{today}.csv", disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
            Assert.Equal($"alerts-RD-AFR-{today}.csv", regional.Content.Headers.ContentDisposition!.FileNameStar);
            var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
            Assert.Equal(Header, lines[0]);
            var assigned = Assert.Single(lines, l => l.StartsWith(scenario.BdtBr + ",", StringComparison.Ordinal));
            Assert.EndsWith($",carlos.rivera,no,no,,MCG,Carlos Rivera,http://localhost/alerts/{Uri.EscapeDataString(scenario.BdtBr)}", assigned);
        }
    }

    [Theory]
    [InlineData("sectors=BR,XX", "XX")]
    [InlineData("sectors=BR,BDT,TSB", "pair of sectors")]
    [InlineData("region=MARS", "MARS")]
    [InlineData("minAgeDays=-1", "minAgeDays")]
    [InlineData("order=Random", "Random")]
    [InlineData("kind=meeting", "meeting")]
    public async Task Bad_filters_of_the_list_and_the_export_are_refused_with_a_problem_naming_them(string query, string named)
    {
        var client = await api.SignedInAsync("helena.berg");

        foreach (var path in new[] { "/api/alerts", "/api/alerts/export.csv" })
        {
            var problem = await (await client.GetAsync($"{path}?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains(named, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task The_export_is_for_signed_in_users_only()
    {
        var response = await api.CreateClient().GetAsync("/api/alerts/export.csv");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
