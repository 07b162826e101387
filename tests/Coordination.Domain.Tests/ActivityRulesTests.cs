using Coordination.Abstractions.Model;
using Coordination.Domain.Validation;

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
    };

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
