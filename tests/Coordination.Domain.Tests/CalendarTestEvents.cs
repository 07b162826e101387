namespace Coordination.Domain.Tests;

/// <summary>Validated event profiles for the calendar rules' tests.</summary>
internal static class CalendarTestEvents
{
    public static readonly ClashScorer Scorer = new(ClashModel.Default, new OverlapScorer(OverlapModel.Default));

    public static EventDraft Draft(string title, string start, string end, string country = "KE", string? city = "Nairobi", string zone = "Africa/Nairobi",
        params string[] audience) => new()
    {
        Title = title,
        Kind = "Workshop",
        Start = DateTime.Parse(start),
        End = DateTime.Parse(end),
        TimeZone = zone,
        City = city,
        Country = country,
        OrganisingSectors = ["BDT"],
        Audience = audience,
    };

    public static EventProfile Profile(string id, EventDraft draft)
    {
        var validated = EventRules.Validate(id, draft, KnownReferences.None, Audit.New("t", DateTimeOffset.UnixEpoch));
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors.SelectMany(e => e.Value)));
        return EventProfiles.Of(validated.Value!);
    }

    public static EventClash? Clash(EventProfile a, EventProfile b, ClashSettings? settings = null) =>
        Scorer.Score(a, b, settings ?? ClashSettings.Default, Scorer.CompareText(a, b, _ => 2.0));
}
