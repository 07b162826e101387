using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>
/// The catalogue of bad input: each request gets a problem response with a clear message, and leaves
/// what is stored as it was.
/// </summary>
[Collection(ApiCollection.Name)]
public class BadInputTests(ApiFactory api)
{
    /// <summary>An activity every case may refer to; PUT cases must leave it at version 1.</summary>
    private const string Existing = "act-bad-input-existing";
    private const string Topic = "bad-input-topic";

    public sealed record Case(string Name, string User, string Method, string Path, string? Body, HttpStatusCode Status, string? Field = null, string? IfMatch = null,
        string? ContentType = null)
    {
        public override string ToString() => Name;
    }

    private static string Activity(string id, string overrides = "") => $$"""
        { "id": "{{id}}", "sector": "BDT", "kind": "Study", "title": "A study"{{overrides}} }
        """;

    private static string Event(string id, string overrides, string start = "2027-03-10T09:00", string end = "2027-03-11T17:00") => $$"""
        { "id": "{{id}}", "title": "Forum", "kind": "Forum", "start": "{{start}}", "end": "{{end}}",
          "timeZone": "Africa/Nairobi", "country": "KE", "organisingSectors": ["BDT"]{{overrides}} }
        """;

    /// <summary>An activity with the title given as JSON text, escapes and all.</summary>
    private static string Titled(string id, string title) => $$"""
        { "id": "{{id}}", "sector": "BDT", "kind": "Study", "title": "{{title}}" }
        """;

    private static string FreeWindows(string from, string to) => $$"""
        { "event": {{Event("bad-fw", "")}}, "from": "{{from}}", "to": "{{to}}" }
        """;

    public static TheoryData<Case> Cases => new()
    {
        // Bodies that are not the JSON the endpoint takes: 400.
        new("truncated JSON", "amina.diallo", "POST", "/api/activities", """{ "id": "bad-1", "sector": "BDT", """, HttpStatusCode.BadRequest),
        new("array instead of object", "amina.diallo", "POST", "/api/activities", """[ { "id": "bad-2" } ]""", HttpStatusCode.BadRequest),
        new("misspelt field", "amina.diallo", "POST", "/api/activities", Activity("bad-3", """, "titel": "x" """), HttpStatusCode.BadRequest),
        new("string where a list belongs", "amina.diallo", "POST", "/api/activities", Activity("bad-4", """, "keywords": "ai" """), HttpStatusCode.BadRequest),
        new("impossible date", "amina.diallo", "POST", "/api/activities", Activity("bad-5", """, "startDate": "2027-13-01" """), HttpStatusCode.BadRequest),
        new("empty body", "amina.diallo", "POST", "/api/activities", "", HttpStatusCode.BadRequest),
        new("number where text belongs", "amina.diallo", "POST", "/api/activities", """{ "id": "bad-6", "sector": 3, "kind": "Study", "title": "x" }""", HttpStatusCode.BadRequest),
        // Well-formed but invalid activities: 422 naming the field.
        new("unknown sector", "admin", "POST", "/api/activities", """{ "id": "bad-7", "sector": "ITU-X", "kind": "Study", "title": "x" }""", HttpStatusCode.UnprocessableEntity, "sector"),
        new("unknown region", "amina.diallo", "POST", "/api/activities", Activity("bad-8", """, "regions": ["AFR", "MARS"] """), HttpStatusCode.UnprocessableEntity, "regions"),
        new("unknown country", "amina.diallo", "POST", "/api/activities", Activity("bad-9", """, "countries": ["XX"] """), HttpStatusCode.UnprocessableEntity, "countries"),
        new("unknown target", "amina.diallo", "POST", "/api/activities", Activity("bad-10", """, "targets": ["3.1"] """), HttpStatusCode.UnprocessableEntity, "targets"),
        new("end before start", "amina.diallo", "POST", "/api/activities", Activity("bad-11", """, "startDate": "2027-05-01", "endDate": "2027-04-01" """), HttpStatusCode.UnprocessableEntity, "endDate"),
        new("empty title", "amina.diallo", "POST", "/api/activities", """{ "id": "bad-12", "sector": "BDT", "kind": "Study", "title": "  " }""", HttpStatusCode.UnprocessableEntity, "title"),
        new("title over 300 characters", "amina.diallo", "POST", "/api/activities", $$"""{ "id": "bad-13", "sector": "BDT", "kind": "Study", "title": "{{new string('t', 301)}}" }""", HttpStatusCode.UnprocessableEntity, "title"),
        new("description over 20,000 characters", "amina.diallo", "POST", "/api/activities", Activity("bad-14", $$""", "description": "{{new string('d', 20_001)}}" """), HttpStatusCode.UnprocessableEntity, "description"),
        new("unknown topic", "amina.diallo", "POST", "/api/activities", Activity("bad-15", """, "topics": ["no-such-topic"] """), HttpStatusCode.UnprocessableEntity, "topics"),
        new("unknown thematic priority", "amina.diallo", "POST", "/api/activities", Activity("bad-16", """, "thematicPriority": "space-tourism" """), HttpStatusCode.UnprocessableEntity, "thematicPriority"),
        new("malformed identifier", "amina.diallo", "POST", "/api/activities", Activity("Bad_Id-17"), HttpStatusCode.UnprocessableEntity, "id"),
        new("language that is not a UN language", "amina.diallo", "POST", "/api/activities", Activity("bad-18", """, "language": "de" """), HttpStatusCode.UnprocessableEntity, "language"),
        new("unknown kind", "amina.diallo", "POST", "/api/activities", """{ "id": "bad-19", "sector": "BDT", "kind": "Party", "title": "x" }""", HttpStatusCode.UnprocessableEntity, "kind"),
        // Identifiers already taken: 409.
        new("duplicate activity id", "amina.diallo", "POST", "/api/activities", Activity(Existing), HttpStatusCode.Conflict),
        new("duplicate topic id", "helena.berg", "POST", "/api/topics", $$"""{ "id": "{{Topic}}", "name": "Again" }""", HttpStatusCode.Conflict),
        // Events.
        new("unknown time zone", "director.afr", "POST", "/api/events", Event("bad-20", """, "timeZone": "Africa/Atlantis" """), HttpStatusCode.UnprocessableEntity, "timeZone"),
        new("event ending before it starts", "director.afr", "POST", "/api/events", Event("bad-21", """, "end": "2027-03-09T09:00" """), HttpStatusCode.UnprocessableEntity, "end"),
        new("country outside the region", "admin", "POST", "/api/events", Event("bad-22", """, "region": "EUR" """), HttpStatusCode.UnprocessableEntity, "region"),
        new("start with a UTC offset", "director.afr", "POST", "/api/events", Event("bad-23", """, "start": "2027-03-10T09:00:00+03:00" """), HttpStatusCode.UnprocessableEntity, "start"),
        new("unknown event country", "admin", "POST", "/api/events", Event("bad-24", """, "country": "ZZ", "region": "AFR" """), HttpStatusCode.UnprocessableEntity, "country"),
        // Topics, task forces, reference data.
        new("topic without a name", "helena.berg", "POST", "/api/topics", """{ "id": "bad-25", "name": "" }""", HttpStatusCode.UnprocessableEntity, "name"),
        new("task force with unknown lead sector", "helena.berg", "POST", "/api/task-forces", """{ "id": "bad-26", "name": "TF", "leadSector": "XYZ" }""", HttpStatusCode.UnprocessableEntity, "leadSector"),
        new("thematic priority without a name", "admin", "PUT", "/api/reference/thematic-priorities/bad-27", """{ "code": "bad-27", "name": "", "description": "" }""", HttpStatusCode.UnprocessableEntity, "name"),
        new("unknown demo user", "amina.diallo", "POST", "/api/dev/sign-in", """{ "user": "mallory" }""", HttpStatusCode.UnprocessableEntity, "user"),
        // Versions.
        new("update without If-Match", "amina.diallo", "PUT", $"/api/activities/{Existing}", Activity(Existing, """, "title": "Lost" """), HttpStatusCode.PreconditionRequired),
        new("update from a stale version", "amina.diallo", "PUT", $"/api/activities/{Existing}", Activity(Existing, """, "title": "Lost" """), HttpStatusCode.PreconditionFailed, IfMatch: "\"7\""),
        new("malformed If-Match", "amina.diallo", "PUT", $"/api/activities/{Existing}", Activity(Existing, """, "title": "Lost" """), HttpStatusCode.BadRequest, IfMatch: "yesterday"),
        new("valid version but invalid change", "amina.diallo", "PUT", $"/api/activities/{Existing}", Activity(Existing, """, "countries": ["XX"] """), HttpStatusCode.UnprocessableEntity, "countries", IfMatch: "\"1\""),
        // Queries.
        new("listing an unknown sector", "amina.diallo", "GET", "/api/activities?sector=XX", null, HttpStatusCode.BadRequest),
        new("listing with limit 0", "amina.diallo", "GET", "/api/activities?limit=0", null, HttpStatusCode.BadRequest),
        new("calendar window ending before it starts", "director.afr", "GET", "/api/regions/AFR/events?from=2027-05-01&to=2027-04-01", null, HttpStatusCode.BadRequest),
        new("unknown region", "director.afr", "GET", "/api/regions/MARS", null, HttpStatusCode.NotFound),
        new("unknown activity", "amina.diallo", "GET", "/api/activities/no-such-activity", null, HttpStatusCode.NotFound),
        new("unknown API route", "amina.diallo", "GET", "/api/no-such-thing", null, HttpStatusCode.NotFound),
        // Text nobody can read or see: 422.
        new("NUL in a title", "amina.diallo", "POST", "/api/activities", Titled("bad-28", @"A\u0000study"), HttpStatusCode.UnprocessableEntity, "title"),
        new("tab in a title", "amina.diallo", "POST", "/api/activities", Titled("bad-29", @"A\tstudy"), HttpStatusCode.UnprocessableEntity, "title"),
        new("zero-width title", "amina.diallo", "POST", "/api/activities", Titled("bad-30", @"\u200B\u2060\uFEFF"), HttpStatusCode.UnprocessableEntity, "title"),
        new("escape character in a description", "amina.diallo", "POST", "/api/activities", Activity("bad-31", """, "description": "red\u001B[31m" """), HttpStatusCode.UnprocessableEntity, "description"),
        new("control character in an event title", "director.afr", "POST", "/api/events", Event("bad-32", "").Replace("\"title\": \"Forum\"", "\"title\": \"For\\u0007um\""), HttpStatusCode.UnprocessableEntity, "title"),
        new("thematic priority named with a control character", "admin", "PUT", "/api/reference/thematic-priorities/bad-33", """{ "code": "bad-33", "name": "Digital\u0000skills", "description": "" }""", HttpStatusCode.UnprocessableEntity, "name"),
        new("director named with a control character", "admin", "PUT", "/api/regions/AFR/director", """{ "userId": "director.afr", "name": "Amara\u0008", "email": null }""", HttpStatusCode.UnprocessableEntity, "name"),
        new("task force member with a NUL in the user id", "helena.berg", "POST", "/api/task-forces", """{ "id": "bad-34", "name": "TF", "leadSector": "BDT", "members": [{ "userId": "x\u0000", "name": "X", "sector": "BDT" }] }""", HttpStatusCode.UnprocessableEntity, "members"),
        // Dates outside 1900-01-01 to 2200-12-31: 422 with the field.
        new("activity starting in year 1", "amina.diallo", "POST", "/api/activities", Activity("bad-35", """, "startDate": "0001-01-01" """), HttpStatusCode.UnprocessableEntity, "startDate"),
        new("activity ending in year 9999", "amina.diallo", "POST", "/api/activities", Activity("bad-36", """, "endDate": "9999-12-31" """), HttpStatusCode.UnprocessableEntity, "endDate"),
        new("event in year 9999", "director.afr", "POST", "/api/events", Event("bad-37", "", "9999-12-30T09:00", "9999-12-30T17:00"), HttpStatusCode.UnprocessableEntity, "start"),
        new("event at midnight of year 1 east of UTC", "director.afr", "POST", "/api/events", Event("bad-38", "", "0001-01-01T00:00", "0001-01-01T17:00"), HttpStatusCode.UnprocessableEntity, "start"),
        new("event checked in year 9999", "director.afr", "POST", "/api/events/check", Event("bad-39", "", "9999-12-30T09:00", "9999-12-30T17:00"), HttpStatusCode.UnprocessableEntity, "start"),
        new("free windows from year 1", "director.afr", "POST", "/api/events/free-windows", FreeWindows("0001-01-01", "0001-02-01"), HttpStatusCode.UnprocessableEntity, "from"),
        new("free windows up to year 9999", "director.afr", "POST", "/api/events/free-windows", FreeWindows("9999-12-01", "9999-12-31"), HttpStatusCode.UnprocessableEntity, "to"),
        new("flagship window in year 9999", "helena.berg", "PUT", "/api/reference/flagship-windows/bad-40", """{ "code": "bad-40", "name": "Summit", "start": "9999-12-01", "end": "9999-12-03", "timeZone": "UTC" }""", HttpStatusCode.UnprocessableEntity, "start"),
        // Overlap checks within the registration's limits, before any text is analysed: 422.
        new("overlap check over the description limit", "amina.diallo", "POST", "/api/overlaps/check", Activity("bad-41", $$""", "description": "{{new string('d', 20_001)}}" """), HttpStatusCode.UnprocessableEntity, "description"),
        new("overlap check with a NUL in the title", "amina.diallo", "POST", "/api/overlaps/check", Titled("bad-42", @"A\u0000study"), HttpStatusCode.UnprocessableEntity, "title"),
        new("overlap check dated 9999", "amina.diallo", "POST", "/api/overlaps/check", Activity("bad-43", """, "startDate": "9999-12-30" """), HttpStatusCode.UnprocessableEntity, "startDate"),
        // Query values out of range: 400 with the reason, never 500.
        new("clash gap of a billion days", "director.afr", "GET", "/api/regions/AFR/clashes?gapDays=1000000000", null, HttpStatusCode.BadRequest),
        new("clash gap of a billion days on a stored event", "director.afr", "GET", "/api/events/no-such-event/clashes?gapDays=1000000000", null, HttpStatusCode.BadRequest),
        new("region clashes from year 9999", "director.afr", "GET", "/api/regions/AFR/clashes?from=9999-12-30T00:00:00Z", null, HttpStatusCode.BadRequest),
        new("region events from year 9999", "director.afr", "GET", "/api/regions/AFR/events?from=9999-12-30T00:00:00Z", null, HttpStatusCode.BadRequest),
        new("region events from year 1", "director.afr", "GET", "/api/regions/AFR/events?from=0001-01-01T00:00:00Z", null, HttpStatusCode.BadRequest),
        new("calendar file from year 9999", "director.afr", "GET", "/api/calendar.ics?from=9999-12-30T00:00:00Z", null, HttpStatusCode.BadRequest),
        new("calendar file up to year 9999", "director.afr", "GET", "/api/calendar.ics?to=9999-12-30T00:00:00Z", null, HttpStatusCode.BadRequest),
        new("alerts a billion days old", "helena.berg", "GET", "/api/alerts?minAgeDays=1000000000", null, HttpStatusCode.BadRequest),
        new("alert export a billion days old", "helena.berg", "GET", "/api/alerts/export.csv?minAgeDays=1000000000", null, HttpStatusCode.BadRequest),
        // Bodies of the wrong type or size: 415 and 413.
        new("plain text to a JSON endpoint", "amina.diallo", "POST", "/api/activities", Activity("bad-44"), HttpStatusCode.UnsupportedMediaType, ContentType: "text/plain"),
        new("plain text to the overlap check", "amina.diallo", "POST", "/api/overlaps/check", Activity("bad-45"), HttpStatusCode.UnsupportedMediaType, ContentType: "text/plain"),
        new("body over 1 MB", "amina.diallo", "POST", "/api/activities", Activity("bad-46", $$""", "description": "{{new string('d', 1_100_000)}}" """), HttpStatusCode.RequestEntityTooLarge),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_clear_problem_and_changes_nothing(Case c)
    {
        await SeedAsync();
        var client = await api.SignedInAsync(c.User);
        var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
        if (c.Body is not null) request.Content = c.ContentType is null ? Json.Body(c.Body) : new StringContent(c.Body, System.Text.Encoding.UTF8, c.ContentType);
        if (c.IfMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", c.IfMatch);

        var response = await client.SendAsync(request);

        var problem = await response.AssertProblemAsync(c.Status);
        if (c.Field is not null)
        {
            var messages = problem.GetProperty("errors").GetProperty(c.Field);
            Assert.All(messages.EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetString())));
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }
        await AssertNothingChangedAsync(client, c);
    }

    [Theory]
    [InlineData("""{ "sector": "BDT", "titel": "x" }""", "'titel' is not a field")]
    [InlineData("""{ "sector": "BDT", "keywords": "ai" }""", "a list of text values")]
    [InlineData("""{ "sector": "BDT", "startDate": "soon" }""", "a date such as")]
    public async Task Messages_about_the_body_say_what_was_expected_in_plain_words(string body, string expected)
    {
        var client = await api.SignedInAsync("amina.diallo");

        var problem = await (await client.PostAsync("/api/activities", Json.Body(body))).AssertProblemAsync(HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(expected, detail);
        Assert.DoesNotContain("System.", detail);
        Assert.DoesNotContain("Coordination.", detail);
    }

    private static async Task AssertNothingChangedAsync(HttpClient client, Case c)
    {
        if (c.Body is not null && c.Method == "POST" && TryGetId(c.Body) is { } id && id != Existing && id != Topic)
        {
            var kind = c.Path.Split('/')[2];
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/{kind}/{id}")).StatusCode);
        }
        var existing = await (await client.GetAsync($"/api/activities/{Existing}")).ReadAsync();
        Assert.Equal(1, existing.GetProperty("audit").GetProperty("version").GetInt32());
        Assert.Equal("A study", existing.GetProperty("title").GetString());
    }

    private static string? TryGetId(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task SeedAsync()
    {
        var coordinator = await api.SignedInAsync("helena.berg");
        var topic = await coordinator.PostAsync("/api/topics", Json.Body($$"""{ "id": "{{Topic}}", "name": "Bad input topic" }"""));
        Assert.True(topic.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        var member = await api.SignedInAsync("amina.diallo");
        var activity = await member.PostAsync("/api/activities", Json.Body(Activity(Existing)));
        Assert.True(activity.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
    }
}
