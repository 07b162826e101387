namespace Coordination.Domain.Tests;

public class ImportClashSummaryTests
{
    private static readonly ClashScorer Scorer = new(ClashModel.Default, new OverlapScorer(OverlapModel.Default));

    private static EventProfile Profile(string id, string title, string start, string city, string country, string zone)
    {
        var draft = new EventDraft
        {
            Title = title, Kind = "Workshop", Start = DateTime.Parse(start), End = DateTime.Parse(start).AddHours(8),
            TimeZone = zone, City = city, Country = country, OrganisingSectors = ["BDT"],
        };
        var validated = EventRules.Validate(id, draft, KnownReferences.None, Audit.New("t", DateTimeOffset.UnixEpoch));
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors.SelectMany(e => e.Value)));
        return EventProfiles.Of(validated.Value!);
    }

    /// <summary>Each event's clashes with the others, ranked, with the per-event budget applied, as the checker answers.</summary>
    private static ImportedEventClashes[] Imported(AlertBudget budget, params EventProfile[] events) =>
        events.Select((e, i) => new ImportedEventClashes(10 * (i + 1), e, budget.Apply(ClashScorer.Rank(
            events.Where(o => o != e).Select(o => Scorer.Score(e, o, ClashSettings.Default, Scorer.CompareText(e, o, _ => 2.0))).OfType<EventClash>()).ToArray()))).ToArray();

    [Fact]
    public void A_pile_up_in_one_city_and_week_is_the_first_hotspot_and_the_budget_is_counted()
    {
        var imported = Imported(new AlertBudget(1),
            Profile("a", "Spectrum clinic", "2027-03-10T09:00", "Nairobi", "KE", "Africa/Nairobi"),
            Profile("b", "Broadband mapping workshop", "2027-03-11T09:00", "Nairobi", "KE", "Africa/Nairobi"),
            Profile("c", "Cyber drill", "2027-03-12T09:00", "Nairobi", "KE", "Africa/Nairobi"),
            Profile("d", "Youth coding camp", "2027-09-01T09:00", "Accra", "GH", "Africa/Accra"));

        var summary = ImportClashSummary.Of(imported);

        Assert.Equal(3, summary.ClashingPairs);
        // One alert per event, and a pair alerted from both sides counts once.
        Assert.InRange(summary.AlertedPairs, 2, 3);
        Assert.Equal(summary.ClashingPairs - summary.AlertedPairs, summary.NotAlertedPairs);
        var hotspot = Assert.Single(summary.Hotspots);
        Assert.Equal(new ClashHotspot("Nairobi, KE", new DateOnly(2027, 3, 8), 3, 3), hotspot);
        Assert.Equal([10, 20, 30], summary.MostClashing.Select(e => e.Line));
        Assert.All(summary.MostClashing, e => Assert.Equal((2, 1), (e.Clashes, e.Alerted)));
    }

    [Fact]
    public void An_import_without_clashes_has_no_hotspots()
    {
        var summary = ImportClashSummary.Of(Imported(AlertBudget.Default,
            Profile("a", "Spectrum clinic", "2027-03-10T09:00", "Nairobi", "KE", "Africa/Nairobi"),
            Profile("d", "Youth coding camp", "2027-09-01T09:00", "Accra", "GH", "Africa/Accra")));

        Assert.Equal((0, 0), (summary.ClashingPairs, summary.AlertedPairs));
        Assert.Empty(summary.Hotspots);
        Assert.Empty(summary.MostClashing);
    }
}
