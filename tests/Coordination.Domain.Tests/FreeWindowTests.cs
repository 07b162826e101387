using static Coordination.Domain.Tests.CalendarTestEvents;

namespace Coordination.Domain.Tests;

public class FreeWindowTests
{
    private static readonly ClashSettings NoSubjectWindow = ClashSettings.Default with { SubjectWindow = TimeSpan.Zero };

    private static FreeWindowResult Find(EventProfile planned, string zone, FreeWindowRequest request, params EventProfile[] calendar) =>
        FreeWindows.Find(planned, TimeZoneInfo.FindSystemTimeZoneById(zone), request, calendar, c => Scorer.CompareText(planned, c, _ => 2.0),
            (placed, c, relation) => Scorer.Score(placed, c, NoSubjectWindow, relation));

    [Fact]
    public void Only_a_clash_that_would_raise_an_alert_blocks_a_day_and_each_blocked_day_names_it()
    {
        var planned = Profile("p", Draft("Broadband mapping workshop", "2027-03-01T09:00", "2027-03-01T17:00"));
        var sameCity = Profile("busy", Draft("Cybersecurity drill", "2027-03-10T09:00", "2027-03-11T17:00"));
        // Same region, another country, overlapping dates: shown by a check (score 0.15), below the alert threshold.
        var sameRegion = Profile("kampala", Draft("Postal services forum", "2027-03-24T09:00", "2027-03-26T17:00", "UG", "Kampala", "Africa/Kampala"));
        Assert.False(Clash(planned with { StartUtc = sameRegion.StartUtc, EndUtc = sameRegion.EndUtc }, sameRegion, NoSubjectWindow)!.RaisesAlert);
        var request = new FreeWindowRequest(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), new TimeOnly(9, 0), TimeSpan.FromHours(8), 5);

        var found = Find(planned, "Africa/Nairobi", request, sameCity, sameRegion);

        // Starts from 3 to 18 March fall within a week of the drill (10-11 March); the Kampala forum blocks nothing.
        Assert.Equal([(new DateTime(2027, 3, 19, 9, 0, 0), 13), (new DateTime(2027, 3, 1, 9, 0, 0), 2)], found.Windows.Select(w => (w.FirstStart, w.Days)));
        Assert.Equal(Enumerable.Range(3, 16).Select(d => new DateOnly(2027, 3, d)), found.Blocked.Select(b => b.Day));
        Assert.All(found.Blocked, day =>
        {
            var blocker = Assert.Single(day.Clashes);
            Assert.Equal(("busy", "Cybersecurity drill", false), (blocker.Id, blocker.Title, blocker.IsFlagship));
            Assert.True(blocker.Score >= ClashModel.Default.AlertThreshold);
            Assert.Contains(blocker.Rules, r => r.Kind is "same-city-overlap" or "same-city-adjacent" && r.Contribution > 0);
        });
        Assert.Contains(found.Blocked.Single(b => b.Day == new DateOnly(2027, 3, 10)).Clashes[0].Rules, r => r.Kind == "same-city-overlap");
    }

    [Fact]
    public void A_start_time_the_clocks_skip_blocks_its_day_with_a_note()
    {
        var planned = Profile("p", Draft("Night maintenance briefing", "2027-03-20T02:30", "2027-03-20T03:30", "CH", "Geneva", "Europe/Zurich"));
        var request = new FreeWindowRequest(new DateOnly(2027, 3, 27), new DateOnly(2027, 3, 29), new TimeOnly(2, 30), TimeSpan.FromHours(1), 5);

        var found = Find(planned, "Europe/Zurich", request);

        var skipped = Assert.Single(found.Blocked);
        Assert.Equal(new DateOnly(2027, 3, 28), skipped.Day);
        Assert.Empty(skipped.Clashes);
        Assert.Equal(FreeWindows.InvalidStartNote, skipped.Note);
    }
}
