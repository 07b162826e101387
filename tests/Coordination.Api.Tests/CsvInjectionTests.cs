using System.Net;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Alerts;
using Coordination.TestData;

namespace Coordination.Api.Tests;

/// <summary>
/// CSV exports never hand a spreadsheet a live formula (OWASP "CSV injection"): a cell that starts with =, +, -, @,
/// a tab or a carriage return gets a leading single quote, and the RFC 4180 quoting still holds.
/// </summary>
[Collection(ApiCollection.Name)]
public class CsvInjectionTests(ApiFactory api)
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private const string Command = "+cmd|' /C calc'!A0";
    private const string Sum = "@SUM(1+1)";

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData(Hyperlink, "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("a = b", "a = b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_cell_that_would_start_a_formula_is_prefixed_then_quoted_when_needed(string? value, string cell)
    {
        Assert.Equal(cell, CsvCell.Of(value));
    }

    [Fact]
    public void An_assignees_name_from_a_sign_in_provider_is_neutralised_too()
    {
        var alert = new AlertSummary("a~b", ["=1+1", "Title"], [Sector.BR], [], Severity.Low, 0.5, AlertStatus.Open, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
            AssignedTo: "someone");
        var row = new AlertRow(alert, "MCG", new Coordination.Silo.People.PersonRef("someone", Sum));

        var csv = AlertCsv.Write([row], _ => false, "https://coordination.example.org/");

        var record = Records(csv)[1];
        Assert.Equal($"'{Sum}", record[CsvRecords.Column(Records(csv)[0], "assignee_name", "csv")]);
        Assert.Equal("https://coordination.example.org/alerts/a~b", record[^1]);
        Assert.StartsWith("'=1+1", record[8]);
    }

    /// <summary>A made-up word that no stemmer changes (it ends in a digit).</summary>
    private static string Word() => $"zq{Guid.NewGuid():N}"[..9] + "7";

    /// <summary>Two cross-sector pairs of activities on a new topic, titled as an attacker would; their alerts' ids.</summary>
    private async Task<(string Topic, string HyperlinkAlert, string CommandAlert)> FormulaAlertsAsync()
    {
        var topic = $"topic-{Word()}";
        var coordinator = await api.SignedInAsync("helena.berg");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/topics", Json.Body(new { id = topic, name = $"Topic {topic}" }))).StatusCode);
        var admin = await api.SignedInAsync("admin");
        var alerts = new List<string>();
        foreach (var formula in new[] { Hyperlink, Command })
        {
            // Made-up words only: the pair matches itself and nothing of other tests.
            var words = Enumerable.Range(0, 6).Select(_ => Word()).ToArray();
            var ids = new[] { "a", "b" }.Select(side => $"act-{words[0]}-{side}").ToArray();
            foreach (var (id, sector) in ids.Zip(new[] { "TSB", "BDT" }))
            {
                var activity = new
                {
                    id, sector, kind = "CapacityBuilding", title = $"{formula} {words[0]} {words[1]} {words[2]}",
                    description = string.Join(' ', words), keywords = words[..3], regions = new[] { "AFR" }, topics = new[] { topic },
                };
                Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(activity))).StatusCode);
            }
            alerts.Add($"{ids[0]}~{ids[1]}");
        }
        return (topic, alerts[0], alerts[1]);
    }

    private static List<string[]> Records(string csv)
    {
        var records = new List<string[]>();
        using var reader = new StringReader(csv);
        while (CsvRecords.Read(reader) is { } record) records.Add(record);
        return records;
    }

    [Fact]
    public async Task The_api_and_web_exports_neutralise_formulas_in_titles_and_assignees()
    {
        var (topic, hyperlinkAlert, commandAlert) = await FormulaAlertsAsync();
        var coordinator = await api.SignedInAsync("helena.berg");
        // Only known people are assigned now: a formula is refused, so it never reaches the export.
        await (await coordinator.PostAsync($"/api/alerts/{hyperlinkAlert}/assignment", Json.Body(new { assignee = Sum }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var browser = await api.WebSignedInAsync("helena.berg");

        foreach (var (client, path) in new[] { (coordinator, "/api/alerts/export.csv"), (browser, "/alerts/export.csv") })
        {
            var response = await client.GetAsync($"{path}?route=MCG&status=&topic={topic}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")", text);
            var records = Records(text);
            var (header, rows) = (records[0], records[1..]);
            Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
            Assert.DoesNotContain(rows.SelectMany(row => row), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
            var titles = CsvRecords.Column(header, "titles", path);
            var hyperlink = Assert.Single(rows, row => row[0] == hyperlinkAlert);
            Assert.StartsWith($"'{Hyperlink} ", hyperlink[titles]);
            Assert.StartsWith($"'{Command} ", Assert.Single(rows, row => row[0] == commandAlert)[titles]);
        }
    }
}
