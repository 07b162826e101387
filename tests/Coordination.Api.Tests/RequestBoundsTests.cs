using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>
/// Request bodies are bounded by what each endpoint needs, on the bytes read rather than on a declared length, and a
/// calendar file must be UTF-8 with dates the platform plans for; whatever is refused stores nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public class RequestBoundsTests(ApiFactory api)
{
    [Fact]
    public async Task The_largest_valid_activity_fits_the_default_body_limit_even_with_every_character_escaped()
    {
        var member = await api.SignedInAsync("amina.diallo");
        var id = $"act-largest-{Guid.NewGuid():N}"[..24];
        // \u00e9 is six bytes of JSON for one character: the most any character of a valid activity costs.
        static string Escaped(int length) => string.Concat(Enumerable.Repeat(@"\u00e9", length));
        var body = $$"""
            { "id": "{{id}}", "sector": "BDT", "kind": "Study", "title": "{{Escaped(300)}}", "description": "{{Escaped(20_000)}}",
              "unit": "{{Escaped(200)}}", "keywords": [{{string.Join(", ", Enumerable.Range(0, 50).Select(i => $"\"{i:D2}{Escaped(98)}\""))}}],
              "countries": [{{string.Join(", ", Countries.All.Select(c => $"\"{c.Code}\""))}}] }
            """;

        var response = await member.PostAsync("/api/activities", Json.Body(body));

        Assert.True(Encoding.UTF8.GetByteCount(body) > 150_000);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_is_held_to_the_limit_on_the_bytes_read_and_one_within_it_is_read_whole()
    {
        var member = await api.SignedInAsync("amina.diallo");
        var (small, large) = ($"act-chunked-{Guid.NewGuid():N}"[..24], $"act-chunked-{Guid.NewGuid():N}"[..24]);
        var padding = new string('d', 1_100_000);

        var accepted = await member.SendAsync(Post("/api/activities", $$"""{ "id": "{{small}}", "sector": "BDT", "kind": "Study", "title": "Chunked" }""", "application/json"));
        var refused = await member.SendAsync(Post("/api/activities", $$"""{ "id": "{{large}}", "sector": "BDT", "kind": "Study", "title": "Chunked", "description": "{{padding}}" }""", "application/json"));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/activities/{large}")).StatusCode);
    }

    [Fact]
    public async Task An_overlap_check_of_a_megabytes_long_description_is_refused_before_any_analysis()
    {
        var member = await api.SignedInAsync("amina.diallo");
        var body = $$"""{ "title": "AI", "description": "{{new string('w', 3_000_000)}}" }""";

        var declared = await member.PostAsync("/api/overlaps/check", Json.Body(body));
        var chunked = await member.SendAsync(Post("/api/overlaps/check", body, "application/json"));

        await declared.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await chunked.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_calendar_file_over_10_MB_is_refused_on_the_bytes_read()
    {
        var director = await api.SignedInAsync("director.afr");
        var uid = $"big-{Guid.NewGuid():N}"[..16];
        var events = Ics(uid, "20360310T090000", $"DESCRIPTION:{new string('x', 11 * 1024 * 1024)}");

        var problem = await (await director.SendAsync(Post("/api/events/import", events, "text/calendar"))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("10 MB", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{uid}")).StatusCode);
    }

    [Fact]
    public async Task A_calendar_file_in_Latin_1_is_refused_at_the_line_of_its_first_foreign_byte()
    {
        var director = await api.SignedInAsync("director.afr");
        var uid = $"latin-{Guid.NewGuid():N}"[..16];
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(Ics(uid, "20360310T090000", "LOCATION:Genève")));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/calendar");

        var problem = await (await director.PostAsync("/api/events/import", content)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var line = Assert.Single(problem.GetProperty("lines").EnumerateArray());
        Assert.Equal(11, line.GetProperty("line").GetInt32());
        Assert.Contains("not UTF-8", line.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{uid}")).StatusCode);
    }

    [Theory]
    [InlineData("99991230T090000")]
    [InlineData("00010101T000000")]
    public async Task A_calendar_file_with_a_date_the_platform_does_not_plan_for_is_refused_at_its_line(string start)
    {
        var director = await api.SignedInAsync("director.afr");
        var uid = $"far-{Guid.NewGuid():N}"[..16];

        var problem = await (await director.PostAsync("/api/events/import", new StringContent(Ics(uid, start), Encoding.UTF8, "text/calendar")))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(problem.GetProperty("lines").EnumerateArray(), l => l.GetProperty("line").GetInt32() == 7 && l.GetProperty("message").GetString()!.Contains("1900-01-01 to 2200-12-31"));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/events/{uid}")).StatusCode);
    }

    /// <summary>One event of the Africa calendar; DTSTART is on line 7, <paramref name="extra"/> from line 11.</summary>
    private static string Ics(string uid, string start, string? extra = null) => string.Join("\r\n", new[]
    {
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
        "BEGIN:VEVENT", $"UID:{uid}", "SUMMARY:Broadband mapping workshop", $"DTSTART;TZID=Africa/Nairobi:{start}",
        "DURATION:PT8H", "X-COORDINATION-COUNTRY:KE", "X-COORDINATION-SECTORS:BDT",
    }.Concat(extra is null ? [] : [extra]).Concat(["END:VEVENT", "END:VCALENDAR", ""]));

    /// <summary>A POST whose body has no declared length, as a chunked upload has.</summary>
    private static HttpRequestMessage Post(string path, string body, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new UnknownLength(Encoding.UTF8.GetBytes(body), mediaType) };
        request.Headers.TransferEncodingChunked = true;
        Assert.Null(request.Content.Headers.ContentLength);
        return request;
    }

    private sealed class UnknownLength : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLength(byte[] bytes, string mediaType)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
