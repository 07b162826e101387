namespace Coordination.Domain.Tests;

public class EventCalendarFilesTests
{
    private static readonly KnownReferences Known = new(new HashSet<string> { "ai", "spectrum" }, new HashSet<string>());

    private static Event Valid(string id, EventDraft draft)
    {
        var validated = EventRules.Validate(id, draft with { Id = id }, Known, Audit.New("t", DateTimeOffset.Parse("2026-11-01T10:00:00Z")));
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors.SelectMany(e => e.Value)));
        return validated.Value!;
    }

    private static string Ics(params string[] lines) => string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", .. lines, "END:VCALENDAR", ""]);

    [Fact]
    public void Written_events_read_back_field_for_field_across_zones_and_midnight()
    {
        Event[] events =
        [
            Valid("tokyo", new EventDraft { Title = "Satellite filings clinic, part 1; advanced", Description = "Line one\nLine two", Kind = "Training",
                Start = new DateTime(2027, 3, 10, 23, 30, 0), End = new DateTime(2027, 3, 11, 1, 30, 0), TimeZone = "Asia/Tokyo", City = "Tokyo", Country = "JP",
                OrganisingSectors = ["BR", "BDT"], Topics = ["spectrum"], Audience = ["Regulators", "member-state delegates"], Status = "Confirmed" }),
            Valid("new-york", new EventDraft { Title = "Atelier sur l'IA", Kind = "Workshop", Language = "fr", Start = new DateTime(2027, 11, 7, 0, 30, 0),
                End = new DateTime(2027, 11, 7, 3, 0, 0), TimeZone = "America/New_York", City = "New York", Country = "US", OrganisingSectors = ["TSB"], Topics = ["ai"] }),
            Valid("online", new EventDraft { Title = "Webinar on AI", Kind = "Webinar", Start = new DateTime(2027, 5, 1, 12, 0, 0), End = new DateTime(2027, 5, 1, 13, 0, 0),
                TimeZone = "UTC", Region = "GLOBAL", OrganisingSectors = ["GS"], Status = "Cancelled" }),
        ];

        var parsed = EventCalendarFiles.Parse(EventCalendarFiles.Write(events, "Test"), new ImportDefaults());

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(events.Length, parsed.Events.Count);
        foreach (var (original, back) in events.Zip(parsed.Events.Select(p => Valid(p.Draft.Id!, p.Draft))))
        {
            Assert.Equal((original.Title, original.Description, original.Kind, original.Start, original.End, original.TimeZone, original.StartUtc, original.EndUtc),
                (back.Title, back.Description, back.Kind, back.Start, back.End, back.TimeZone, back.StartUtc, back.EndUtc));
            Assert.Equal((original.City, original.Country, original.Region, original.Status, original.Language), (back.City, back.Country, back.Region, back.Status, back.Language));
            Assert.Equal(original.OrganisingSectors, back.OrganisingSectors);
            Assert.Equal(original.Topics, back.Topics);
            Assert.Equal(original.Audience, back.Audience);
        }
    }

    [Fact]
    public void All_day_entries_and_defaults_fill_what_the_file_leaves_out()
    {
        var parsed = EventCalendarFiles.Parse(Ics("BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008@outlook", "SUMMARY:Regional forum",
            "DTSTART;VALUE=DATE:20270310", "DTEND;VALUE=DATE:20270312", "LOCATION:Kigali, Rwanda", "END:VEVENT"),
            new ImportDefaults(Region: "AFR", Sector: "BDT", TimeZone: "Africa/Kigali"));

        var draft = Assert.Single(parsed.Events).Draft;
        Assert.Equal((new DateTime(2027, 3, 10), new DateTime(2027, 3, 12), "Africa/Kigali", "Kigali", "RW"), (draft.Start, draft.End, draft.TimeZone, draft.City, draft.Country));
        Assert.Equal(Region.AFR, EventRules.ResolveRegion(draft));
        Assert.Equal(["BDT"], draft.OrganisingSectors!);
        Assert.Matches("^ics-[0-9a-f]{16}$", draft.Id);
    }

    [Theory]
    [InlineData("DTSTART:2027-03-99", 6, "not a date")]
    [InlineData("DTSTART;TZID=Mars/Olympus_Mons:20270310T090000", 6, "Unknown time zone")]
    [InlineData("RRULE:FREQ=WEEKLY", 6, "Recurring events")]
    [InlineData("this line has no colon", 6, "not an iCalendar content line")]
    [InlineData("DTSTART:99991230T090000Z", 6, "outside the dates")]
    [InlineData("DTEND;VALUE=DATE:00010102", 6, "outside the dates")]
    public void Each_problem_is_reported_at_its_line_and_nothing_is_read(string badLine, int line, string message)
    {
        var parsed = EventCalendarFiles.Parse(Ics("BEGIN:VEVENT", "UID:a", "SUMMARY:Forum", badLine, "DTSTART:20270310T090000Z", "END:VEVENT"), new ImportDefaults());

        Assert.Contains(parsed.Errors, e => e.Line == line + 1 && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(parsed.Events);
    }

    [Fact]
    public void Missing_start_title_and_unbalanced_blocks_are_reported_at_the_event()
    {
        var parsed = EventCalendarFiles.Parse(Ics("BEGIN:VEVENT", "UID:a", "END:VEVENT", "BEGIN:VEVENT", "UID:b", "SUMMARY:x", "DTSTART:20270310T090000Z"), new ImportDefaults());

        Assert.Contains(parsed.Errors, e => e.Line == 4 && e.Message.Contains("DTSTART"));
        Assert.Contains(parsed.Errors, e => e.Line == 4 && e.Message.Contains("SUMMARY"));
        Assert.Contains(parsed.Errors, e => e.Message.Contains("never closed") || e.Message.Contains("closes BEGIN:VEVENT"));
        Assert.False(EventCalendarFiles.Parse("", new ImportDefaults()).IsValid);
        Assert.False(EventCalendarFiles.Parse("garbage", new ImportDefaults()).IsValid);
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_refused_at_the_line_of_its_first_foreign_byte()
    {
        // "Genève" in Latin-1 on line 6: è is the single byte 0xE8, which UTF-8 never has alone.
        var latin1 = System.Text.Encoding.Latin1.GetBytes(Ics("BEGIN:VEVENT", "UID:a", "SUMMARY:Forum in Genève", "DTSTART:20270310T090000Z", "END:VEVENT"));

        var (text, error) = EventCalendarFiles.Decode(latin1);

        Assert.Null(text);
        Assert.Equal(6, error!.Line);
        Assert.Contains("0xE8 at position 21", error.Message);
    }

    [Fact]
    public void A_UTF_8_file_is_read_with_or_without_its_byte_order_mark()
    {
        var ics = Ics("BEGIN:VEVENT", "UID:a", "SUMMARY:Forum in Genève", "DTSTART:20270310T090000Z", "END:VEVENT");

        var (plain, _) = EventCalendarFiles.Decode(System.Text.Encoding.UTF8.GetBytes(ics));
        var (marked, error) = EventCalendarFiles.Decode([.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(ics)]);

        Assert.Null(error);
        Assert.Equal(ics, plain);
        Assert.Equal(ics, marked);
    }
}
