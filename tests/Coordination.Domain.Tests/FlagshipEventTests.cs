using static Coordination.Domain.Tests.CalendarTestEvents;

namespace Coordination.Domain.Tests;

public class FlagshipEventTests
{
    private static readonly EventProfile AiForGoodWindow = EventProfiles.Of(FlagshipCalendar.Defaults.Single(w => w.Code == "ai-for-good-2027"));

    private static readonly EventProfile AiForGoodEvent = Profile("evt-ai-for-good",
        Draft("AI for Good Global Summit 2027", "2027-07-06T09:00", "2027-07-09T18:00", "CH", "Geneva", "Europe/Zurich", "industry"));

    private static EventClash[] Checked(EventProfile planned, params EventProfile[] others) => FlagshipEvents.OneAlertPerPair(
        ClashScorer.Rank(others.Select(o => Clash(planned, o)).OfType<EventClash>()).ToArray(),
        others.ToDictionary(o => o.EventId));

    [Fact]
    public void An_event_clashing_with_a_window_and_the_event_held_in_it_raises_one_alert_the_events()
    {
        var wsis = Profile("evt-wsis", Draft("WSIS Forum 2027", "2027-07-05T09:00", "2027-07-09T18:00", "CH", "Geneva", "Europe/Zurich", "ministers"));
        Assert.True(FlagshipEvents.IsEventOf(AiForGoodWindow, AiForGoodEvent));
        Assert.True(Clash(wsis, AiForGoodWindow)!.RaisesAlert);

        var clashes = Checked(wsis, AiForGoodWindow, AiForGoodEvent);

        var alert = Assert.Single(clashes, c => c.RaisesAlert);
        Assert.Equal("evt-ai-for-good", alert.Other.Id);
        var window = Assert.Single(clashes, c => c.IsFlagship);
        Assert.Equal("evt-ai-for-good", window.AlertedAs);
        Assert.Contains(window.Explanation.Evidence, e => e.Kind == FlagshipEvents.AlertedAsEvidence && e.Contribution == 0);
        Assert.Equal(Clash(wsis, AiForGoodWindow)!.Score, window.Score);
    }

    [Fact]
    public void The_window_keeps_its_alert_when_the_event_held_in_it_raises_none_and_an_unrelated_event_covers_nothing()
    {
        // Same audience as the window, far from Geneva: no alert with the summit's event itself.
        var dakar = Profile("evt-dakar", Draft("Ministerial digital forum", "2027-07-07T09:00", "2027-07-08T17:00", "SN", "Dakar", "Africa/Dakar", "ministers"));
        var genevaWorkshop = Profile("evt-other", Draft("Spectrum pricing workshop", "2027-07-06T09:00", "2027-07-08T17:00", "CH", "Geneva", "Europe/Zurich"));
        var wsis = Profile("evt-wsis", Draft("WSIS Forum 2027", "2027-07-05T09:00", "2027-07-09T18:00", "CH", "Geneva", "Europe/Zurich", "ministers"));

        var far = Checked(dakar, AiForGoodWindow, AiForGoodEvent);
        var unrelated = Checked(wsis, AiForGoodWindow, genevaWorkshop);

        Assert.True(Assert.Single(far, c => c.IsFlagship) is { RaisesAlert: true, AlertedAs: null });
        Assert.False(FlagshipEvents.IsEventOf(AiForGoodWindow, genevaWorkshop));
        Assert.Equal(2, unrelated.Count(c => c.RaisesAlert));
    }
}
