namespace Coordination.Domain.Tests;

public class ActivityRulesTests
{
    private static readonly KnownReferences Known = new(new HashSet<string> { "ai", "iot" }, new HashSet<string> { "digital-skills" });
    private static readonly Audit Audit = Audit.New("tester", DateTimeOffset.Parse("2026-11-01T10:00:00Z"));

    internal static ActivityDraft Valid() => new()
    {
        Sector = "BDT",
        Kind = "CapacityBuilding",
        Title = "  AI readiness for policymakers  ",
        Description = "Training for regulators on AI governance.",
        Language = "EN",
        Keywords = ["AI", "governance", "ai"],
        Topics = ["AI"],
        ThematicPriority = "digital-skills",
        Targets = ["2.5"],
        Regions = ["afr"],
        Countries = ["ke", "NG"],
        StartDate = new DateOnly(2027, 1, 10),
        EndDate = new DateOnly(2027, 6, 30),
    };

    [Fact]
    public void A_valid_draft_is_normalised()
    {
        var result = ActivityRules.Validate("act-1", Valid(), Known, Audit);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var activity = result.Value!;
        Assert.Equal(Sector.BDT, activity.Sector);
        Assert.Equal(ActivityKind.CapacityBuilding, activity.Kind);
        Assert.Equal("AI readiness for policymakers", activity.Title);
        Assert.Equal("en", activity.Language);
        Assert.Equal(["AI", "governance"], activity.Keywords);
        Assert.Equal(["ai"], activity.Topics);
        Assert.Equal([Region.AFR], activity.Regions);
        Assert.Equal(["KE", "NG"], activity.Countries);
        Assert.Equal(ActivityStatus.Planned, activity.Status);
    }

    [Fact]
    public void Enum_codes_are_read_in_the_ways_people_write_them()
    {
        var result = ActivityRules.Validate("act-1", Valid() with { Kind = "capacity building", Status = "ongoing", Sector = "tsb" }, Known, Audit);

        Assert.True(result.IsValid);
        Assert.Equal(ActivityKind.CapacityBuilding, result.Value!.Kind);
        Assert.Equal(ActivityStatus.Ongoing, result.Value.Status);
        Assert.Equal(Sector.TSB, result.Value.Sector);
    }

    public static TheoryData<string, ActivityDraft, string> Invalid => new()
    {
        { "unknown sector", Valid() with { Sector = "ITU-X" }, "sector" },
        { "numeric sector", Valid() with { Sector = "1" }, "sector" },
        { "missing sector", Valid() with { Sector = null }, "sector" },
        { "unknown kind", Valid() with { Kind = "party" }, "kind" },
        { "unknown status", Valid() with { Status = "paused" }, "status" },
        { "empty title", Valid() with { Title = "   " }, "title" },
        { "title too long", Valid() with { Title = new string('t', 301) }, "title" },
        { "description too long", Valid() with { Description = new string('d', 20_001) }, "description" },
        { "unknown region", Valid() with { Regions = ["AFR", "MARS"] }, "regions" },
        { "unknown country", Valid() with { Countries = ["KE", "XX"] }, "countries" },
        { "three-letter country", Valid() with { Countries = ["KEN"] }, "countries" },
        { "unknown target", Valid() with { Targets = ["3.1"] }, "targets" },
        { "unknown topic", Valid() with { Topics = ["quantum"] }, "topics" },
        { "unknown thematic priority", Valid() with { ThematicPriority = "space-tourism" }, "thematicPriority" },
        { "end before start", Valid() with { StartDate = new DateOnly(2027, 5, 1), EndDate = new DateOnly(2027, 4, 30) }, "endDate" },
        { "language not a UN language", Valid() with { Language = "de" }, "language" },
        { "empty keyword", Valid() with { Keywords = ["ai", " "] }, "keywords" },
        { "keyword too long", Valid() with { Keywords = [new string('k', 101)] }, "keywords" },
        { "too many keywords", Valid() with { Keywords = Enumerable.Range(0, 51).Select(i => $"k{i}").ToArray() }, "keywords" },
        { "unit too long", Valid() with { Unit = new string('u', 201) }, "unit" },
        { "id in body differs", Valid() with { Id = "act-2" }, "id" },
        { "NUL in the title", Valid() with { Title = "AI\0readiness" }, "title" },
        { "tab in the title", Valid() with { Title = "AI\treadiness" }, "title" },
        { "line break inside the title", Valid() with { Title = "AI\nreadiness" }, "title" },
        { "zero-width title", Valid() with { Title = "\u200B\u200C\u2060\uFEFF" }, "title" },
        { "escape character in the description", Valid() with { Description = "Training\u001B[31m for regulators" }, "description" },
        { "lone surrogate in the description", Valid() with { Description = "Training \uD800 for regulators" }, "description" },
        { "control character in a keyword", Valid() with { Keywords = ["ai", "gover\u0007nance"] }, "keywords" },
        { "zero-width keyword", Valid() with { Keywords = ["ai", "\u200B"] }, "keywords" },
        { "control character in the unit", Valid() with { Unit = "BDT\u0085DNS" }, "unit" },
        { "start in year 1", Valid() with { StartDate = new DateOnly(1, 1, 1) }, "startDate" },
        { "end in year 9999", Valid() with { EndDate = new DateOnly(9999, 12, 31) }, "endDate" },
        { "start the day before 1900", Valid() with { StartDate = new DateOnly(1899, 12, 31) }, "startDate" },
        { "end the day after 2200", Valid() with { EndDate = new DateOnly(2201, 1, 1) }, "endDate" },
    };

    [Fact]
    public void A_description_keeps_its_line_breaks_and_tabs_and_the_platforms_dates_run_from_1900_to_2200()
    {
        var draft = Valid() with
        {
            Description = "Module 1:\tpolicy\r\nModule 2:\tpractice",
            StartDate = new DateOnly(1900, 1, 1),
            EndDate = new DateOnly(2200, 12, 31),
        };

        var result = ActivityRules.Validate("act-1", draft, Known, Audit);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal("Module 1:\tpolicy\r\nModule 2:\tpractice", result.Value!.Description);
    }

    [Fact]
    public void A_description_of_zero_width_characters_only_counts_as_none()
    {
        var result = ActivityRules.Validate("act-1", Valid() with { Description = "\u200B\u00AD " }, Known, Audit);

        Assert.True(result.IsValid);
        Assert.Equal("", result.Value!.Description);
    }

    public static TheoryData<string, ActivityDraft, string> Uncheckable => new()
    {
        { "no text", new ActivityDraft { Sector = "BDT", Keywords = ["ai"] }, "title" },
        { "zero-width text only", new ActivityDraft { Title = "\u200B", Description = "\u2060" }, "title" },
        { "description over the registration limit", new ActivityDraft { Title = "AI", Description = new string('d', 20_001) }, "description" },
        { "title over the registration limit", new ActivityDraft { Title = new string('t', 301) }, "title" },
        { "too many keywords", new ActivityDraft { Title = "AI", Keywords = Enumerable.Range(0, 51).Select(i => $"k{i}").ToArray() }, "keywords" },
        { "NUL in the title", new ActivityDraft { Title = "AI\0" + new string('t', 10) }, "title" },
        { "start in year 9999", new ActivityDraft { Title = "AI", StartDate = new DateOnly(9999, 12, 30) }, "startDate" },
    };

    [Theory]
    [MemberData(nameof(Uncheckable))]
    public void A_draft_is_checked_for_overlaps_only_within_the_registrations_limits(string because, ActivityDraft draft, string field)
    {
        var errors = ActivityRules.CheckableErrors(draft);

        Assert.True(errors.ContainsKey(field), $"{because}: expected an error on '{field}', got {string.Join(", ", errors.Keys)}");
        Assert.Empty(ActivityRules.CheckableErrors(new ActivityDraft { Description = "Only a description, which is enough to check." }));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_drafts_are_refused_with_a_message_on_the_field(string because, ActivityDraft draft, string field)
    {
        var result = ActivityRules.Validate("act-1", draft, Known, Audit);

        Assert.False(result.IsValid, because);
        Assert.True(result.Errors.ContainsKey(field), $"{because}: expected an error on '{field}', got {string.Join(", ", result.Errors.Keys)}");
        Assert.All(result.Errors[field], message => Assert.False(string.IsNullOrWhiteSpace(message)));
    }

    [Theory]
    [InlineData("Act-1")]
    [InlineData("-act")]
    [InlineData("act_1")]
    [InlineData("")]
    public void Malformed_identifiers_are_refused(string id)
    {
        var result = ActivityRules.Validate(id, Valid(), Known, Audit);

        Assert.False(result.IsValid);
        Assert.Contains("id", result.Errors.Keys);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var result = ActivityRules.Validate("act-1", new ActivityDraft { Sector = "X", Kind = "Y", Title = "" }, Known, Audit);

        Assert.Equal(["kind", "sector", "title"], result.Errors.Keys.Order().ToArray());
    }
}
