namespace Coordination.Domain.Tests;

public class EventRulesTests
{
    private static readonly KnownReferences Known = new(new HashSet<string> { "ai" }, new HashSet<string>());
    private static readonly Audit Audit = Audit.New("tester", DateTimeOffset.Parse("2026-11-01T10:00:00Z"));

    internal static EventDraft Valid() => new()
    {
        Title = "AI for regulators workshop",
        Kind = "Workshop",
        Start = new DateTime(2027, 3, 10, 9, 0, 0),
        End = new DateTime(2027, 3, 12, 17, 0, 0),
        TimeZone = "Africa/Nairobi",
        City = "Nairobi",
        Country = "KE",
        OrganisingSectors = ["BDT"],
        Topics = ["ai"],
        Audience = ["Regulators"],
    };

    [Fact]
    public void Local_times_become_instants_in_the_venue_zone()
    {
        var result = EventRules.Validate("evt-1", Valid(), Known, Audit);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(DateTimeOffset.Parse("2027-03-10T06:00:00Z"), result.Value!.StartUtc);
        Assert.Equal(Region.AFR, result.Value.Region);
        Assert.Equal(["regulators"], result.Value.Audience);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_is_refused()
    {
        var draft = Valid() with { TimeZone = "Europe/Zurich", Country = "CH", Start = new DateTime(2027, 3, 28, 2, 30, 0), End = new DateTime(2027, 3, 28, 10, 0, 0) };

        var result = EventRules.Validate("evt-1", draft, Known, Audit);

        Assert.Contains("start", result.Errors.Keys);
    }

    public static TheoryData<string, EventDraft, string> Invalid => new()
    {
        { "end before start", Valid() with { End = new DateTime(2027, 3, 9, 9, 0, 0) }, "end" },
        { "end equals start", Valid() with { End = new DateTime(2027, 3, 10, 9, 0, 0) }, "end" },
        { "too long", Valid() with { End = new DateTime(2027, 6, 10, 9, 0, 0) }, "end" },
        { "unknown zone", Valid() with { TimeZone = "Mars/Olympus" }, "timeZone" },
        { "start with offset", Valid() with { Start = new DateTime(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc) }, "start" },
        { "missing end", Valid() with { End = null }, "end" },
        { "country outside region", Valid() with { Region = "EUR" }, "region" },
        { "unknown country", Valid() with { Country = "ZZ" }, "country" },
        { "no sector", Valid() with { OrganisingSectors = [] }, "organisingSectors" },
        { "unknown sector", Valid() with { OrganisingSectors = ["ITU-Z"] }, "organisingSectors" },
        { "no place", Valid() with { Country = null }, "region" },
        { "unknown kind", Valid() with { Kind = "rave" }, "kind" },
        { "start in year 9999", Valid() with { Start = new DateTime(9999, 12, 30, 9, 0, 0), End = new DateTime(9999, 12, 30, 17, 0, 0) }, "start" },
        // East of UTC, midnight of 1 January of year 1 is an instant before any DateTimeOffset.
        { "start in year 1", Valid() with { Start = new DateTime(1, 1, 1, 0, 0, 0), End = new DateTime(1, 1, 1, 17, 0, 0) }, "start" },
        { "end after 2200", Valid() with { Start = new DateTime(2200, 12, 31, 9, 0, 0), End = new DateTime(2201, 1, 1, 17, 0, 0) }, "end" },
        { "NUL in the title", Valid() with { Title = "Forum\0" }, "title" },
        { "zero-width title", Valid() with { Title = "\u200B\u200D" }, "title" },
        { "control character in the city", Valid() with { City = "Nai\u0008robi" }, "city" },
        { "control character in an audience", Valid() with { Audience = ["regu\u001Flators"] }, "audience" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_events_are_refused(string because, EventDraft draft, string field)
    {
        var result = EventRules.Validate("evt-1", draft, Known, Audit);

        Assert.False(result.IsValid, because);
        Assert.True(result.Errors.ContainsKey(field), $"{because}: expected '{field}', got {string.Join(", ", result.Errors.Keys)}");
    }

    [Fact]
    public void An_online_event_is_global()
    {
        var result = EventRules.Validate("evt-1", Valid() with { Country = null, City = null, Region = "GLOBAL" }, Known, Audit);

        Assert.True(result.IsValid);
        Assert.Equal(Region.GLOBAL, result.Value!.Region);
    }
}
