namespace Coordination.Domain.Tests;

public class ClashTests
{
    private static readonly ClashScorer Scorer = new(ClashModel.Default, new OverlapScorer(OverlapModel.Default));
    private static readonly KnownReferences Known = new(new HashSet<string> { "ai", "spectrum" }, new HashSet<string>());
    private static readonly ClashSettings Settings = ClashSettings.Default;

    private static EventDraft Draft(string title, string start, string end, string country = "KE", string? city = "Nairobi", string zone = "Africa/Nairobi") => new()
    {
        Title = title,
        Kind = "Workshop",
        Start = DateTime.Parse(start),
        End = DateTime.Parse(end),
        TimeZone = zone,
        City = city,
        Country = country,
        OrganisingSectors = ["BDT"],
    };

    private static EventProfile Profile(string id, EventDraft draft)
    {
        var validated = EventRules.Validate(id, draft, Known, Audit.New("t", DateTimeOffset.UnixEpoch));
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors.SelectMany(e => e.Value)));
        return EventProfiles.Of(validated.Value!);
    }

    private static EventClash? Clash(EventProfile a, EventProfile b, ClashSettings? settings = null) =>
        Scorer.Score(a, b, settings ?? Settings, Scorer.CompareText(a, b, _ => 2.0));

    [Fact]
    public void Interval_index_finds_exactly_what_a_scan_finds()
    {
        var random = new Random(7);
        var index = new IntervalIndex<string>();
        var spans = new Dictionary<string, (DateTimeOffset Start, DateTimeOffset End)>();
        var origin = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3000; i++)
        {
            var id = $"e{random.Next(2000)}";
            if (random.Next(5) == 0) { index.Remove(id); spans.Remove(id); continue; }
            var start = origin.AddHours(random.Next(24 * 365));
            var end = start.AddHours(1 + random.Next(24 * (random.Next(10) == 0 ? 60 : 5)));
            index.Set(id, start, end, id);
            spans[id] = (start, end);
            if (i % 100 != 0) continue;
            var from = origin.AddHours(random.Next(24 * 365));
            var to = from.AddHours(1 + random.Next(24 * 20));
            var expected = spans.Where(s => s.Value.Start < to && s.Value.End > from).Select(s => s.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected, index.Overlapping(from, to).Order(StringComparer.Ordinal));
        }
        Assert.Equal(spans.Count, index.Count);
    }

    [Fact]
    public void Overlapping_dates_in_the_same_city_clash_and_raise_an_alert()
    {
        var a = Profile("a", Draft("Broadband mapping workshop", "2027-03-10T09:00", "2027-03-12T17:00"));
        var b = Profile("b", Draft("Cybersecurity drill for CIRTs", "2027-03-11T09:00", "2027-03-13T17:00", city: "nairobi"));

        var clash = Clash(a, b)!;

        Assert.Contains(ClashKind.SameCity, clash.Kinds);
        Assert.DoesNotContain(ClashKind.Duplicate, clash.Kinds);
        Assert.True(clash.RaisesAlert);
        Assert.Contains(clash.Explanation.Evidence, e => e.Kind == "same-city-overlap" && e.Contribution > 0);
    }

    [Fact]
    public void Adjacent_dates_clash_within_the_gap_and_not_beyond_it()
    {
        var a = Profile("a", Draft("Broadband mapping workshop", "2027-03-10T09:00", "2027-03-12T17:00"));
        var threeDaysLater = Profile("b", Draft("Cybersecurity drill", "2027-03-15T17:00", "2027-03-16T17:00"));

        Assert.Contains(Clash(a, threeDaysLater)!.Explanation.Evidence, e => e.Kind == "same-city-adjacent");
        Assert.Null(Clash(a, threeDaysLater, Settings with { AdjacencyGap = TimeSpan.FromDays(2), SubjectWindow = TimeSpan.Zero }));
        Assert.Null(Clash(a, threeDaysLater, Settings with { AdjacencyGap = TimeSpan.Zero, SubjectWindow = TimeSpan.Zero }));
    }

    [Fact]
    public void Same_country_other_city_and_same_region_other_country_clash_less()
    {
        var nairobi = Profile("a", Draft("Broadband mapping workshop", "2027-03-10T09:00", "2027-03-12T17:00"));
        var mombasa = Profile("b", Draft("Cybersecurity drill", "2027-03-11T09:00", "2027-03-12T17:00", city: "Mombasa"));
        var kampala = Profile("c", Draft("Postal services forum", "2027-03-11T09:00", "2027-03-12T17:00", country: "UG", city: "Kampala", zone: "Africa/Kampala"));

        var country = Clash(nairobi, mombasa)!;
        var region = Clash(nairobi, kampala)!;

        var otherSector = Clash(nairobi, kampala with { Sectors = [Sector.BR] })!;

        Assert.Equal([ClashKind.SameCountry], country.Kinds);
        Assert.Equal([ClashKind.SameRegion], region.Kinds);
        Assert.True(country.Score > region.Score);
        Assert.False(region.RaisesAlert);
        Assert.Contains(otherSector.Explanation.Evidence, e => e.Kind == "other-sector");
        Assert.True(otherSector.Score > region.Score);
    }

    [Fact]
    public void Same_subject_clashes_in_the_region_within_the_subject_window_only()
    {
        var a = Profile("a", Draft("Spectrum management training", "2027-03-10T09:00", "2027-03-12T17:00") with { Topics = ["spectrum"] });
        var fourWeeksLater = Profile("b", Draft("Training on spectrum management and monitoring", "2027-04-07T09:00", "2027-04-09T17:00", "UG", "Kampala", "Africa/Kampala") with { Topics = ["spectrum"] });
        var tenWeeksLater = Profile("c", Draft("Training on spectrum management and monitoring", "2027-05-19T09:00", "2027-05-21T17:00", "UG", "Kampala", "Africa/Kampala") with { Topics = ["spectrum"] });

        var clash = Clash(a, fourWeeksLater)!;

        Assert.Equal([ClashKind.SameSubject], clash.Kinds);
        Assert.Contains(clash.Explanation.Evidence, e => e.Kind == "same-topic");
        Assert.Contains(clash.Explanation.Evidence, e => e.Kind == "similar-text");
        Assert.Contains(clash.Explanation.SharedTerms, t => t.Term == "spectrum");
        Assert.Null(Clash(a, tenWeeksLater));
    }

    [Fact]
    public void Same_audience_clashes_across_regions_in_overlapping_weeks()
    {
        var nairobi = Profile("a", Draft("Regulatory roundtable", "2027-03-10T09:00", "2027-03-11T17:00") with { Audience = ["Regulators"] });
        var lima = Profile("b", Draft("Spectrum pricing seminar", "2027-03-12T09:00", "2027-03-12T17:00", "PE", "Lima", "America/Lima") with { Audience = ["regulators"] });
        var limaNextWeek = Profile("c", Draft("Spectrum pricing seminar", "2027-03-16T09:00", "2027-03-16T17:00", "PE", "Lima", "America/Lima") with { Audience = ["regulators"] });

        Assert.Equal([ClashKind.SameAudience], Clash(nairobi, lima)!.Kinds);
        Assert.Null(Clash(nairobi, limaNextWeek));
    }

    [Fact]
    public void Flagship_windows_clash_when_overlapping_or_adjacent()
    {
        var wsis = EventProfiles.Of(FlagshipCalendar.Defaults.Single(w => w.Code == "wsis-forum-2027"));
        var during = Profile("a", Draft("Youth digital skills forum", "2027-07-07T09:00", "2027-07-08T17:00", "SN", "Dakar", "Africa/Dakar"));
        var fourDaysAfter = Profile("b", Draft("Youth digital skills forum", "2027-07-13T09:00", "2027-07-14T17:00", "SN", "Dakar", "Africa/Dakar"));
        var monthAfter = Profile("c", Draft("Youth digital skills forum", "2027-08-10T09:00", "2027-08-11T17:00", "SN", "Dakar", "Africa/Dakar"));

        var clash = Clash(during, wsis)!;
        var sameAudience = Clash(during with { Audience = ["ministers"] }, wsis)!;

        Assert.True(clash.IsFlagship);
        Assert.Equal([ClashKind.Flagship], clash.Kinds);
        Assert.False(clash.RaisesAlert);
        Assert.True(sameAudience.RaisesAlert);
        Assert.Contains(sameAudience.Explanation.Evidence, e => e.Kind == "same-audience");
        Assert.Null(Clash(Profile("d", Draft("WSIS Forum 2027", "2027-07-06T09:00", "2027-07-08T17:00", "CH", "Geneva", "Europe/Zurich")), wsis));
        Assert.Contains(Clash(fourDaysAfter, wsis)!.Explanation.Evidence, e => e.Kind == "flagship-adjacent");
        Assert.Null(Clash(monthAfter, wsis));
    }

    [Fact]
    public void The_same_event_registered_twice_is_a_duplicate_but_the_same_name_in_another_city_is_not()
    {
        var a = Profile("a", Draft("Regional Forum on Digital Inclusion", "2027-03-10T09:00", "2027-03-12T17:00"));
        var again = Profile("b", Draft("Regional forum on digital inclusion", "2027-03-10T09:00", "2027-03-12T17:00"));
        var elsewhere = Profile("c", Draft("Regional Forum on Digital Inclusion", "2027-03-10T09:00", "2027-03-12T17:00", "GH", "Accra", "Africa/Accra"));

        var duplicate = Clash(a, again)!;

        Assert.Contains(ClashKind.Duplicate, duplicate.Kinds);
        Assert.Equal(1, duplicate.Score);
        Assert.Equal(Severity.High, duplicate.Severity);
        Assert.DoesNotContain(ClashKind.Duplicate, Clash(a, elsewhere)?.Kinds ?? []);
    }

    [Fact]
    public void Clashes_are_computed_on_real_instants_across_midnight()
    {
        // 09:00-11:00 in Tokyo is 00:00-02:00 UTC.
        var tokyo = Profile("a", Draft("Satellite filings clinic", "2027-03-10T09:00", "2027-03-10T11:00", "JP", "Tokyo", "Asia/Tokyo"));
        var sameInstants = Profile("b", Draft("Numbering plan review", "2027-03-10T01:00", "2027-03-10T02:00", "JP", "Tokyo", "UTC"));
        var sameWallClock = Profile("c", Draft("Numbering plan review", "2027-03-10T09:00", "2027-03-10T11:00", "JP", "Tokyo", "UTC"));
        var noGap = Settings with { AdjacencyGap = TimeSpan.Zero, SubjectWindow = TimeSpan.Zero };

        Assert.Equal([ClashKind.SameCity], Clash(tokyo, sameInstants, noGap)!.Kinds);
        Assert.Null(Clash(tokyo, sameWallClock, noGap));
    }

    [Fact]
    public void Cancelled_events_clash_with_nothing()
    {
        var a = Profile("a", Draft("Broadband mapping workshop", "2027-03-10T09:00", "2027-03-12T17:00"));
        var cancelled = Profile("b", Draft("Broadband mapping workshop", "2027-03-10T09:00", "2027-03-12T17:00") with { Status = "Cancelled" });

        Assert.Null(Clash(a, cancelled));
    }

    [Fact]
    public void Free_windows_avoid_every_clash_and_come_roomiest_first()
    {
        var planned = Profile("p", Draft("Broadband mapping workshop", "2027-03-01T09:00", "2027-03-02T17:00"));
        var busy = Profile("busy", Draft("Cybersecurity drill", "2027-03-10T09:00", "2027-03-12T17:00"));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi");
        var request = new FreeWindowRequest(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), new TimeOnly(9, 0), TimeSpan.FromHours(32), 5);
        var settings = Settings with { SubjectWindow = TimeSpan.Zero };

        var windows = FreeWindows.Find(planned, zone, request, [busy], c => Scorer.CompareText(planned, c, _ => 2.0),
            (placed, c, relation) => Scorer.Score(placed, c, settings, relation)).Windows;

        // The workshop ends 32 hours after it starts; it must end more than 7 days before the drill and start more than 7 days after it.
        Assert.Equal(2, windows.Length);
        Assert.Equal((new DateTime(2027, 3, 20, 9, 0, 0), new DateTime(2027, 3, 31, 9, 0, 0), 12), (windows[0].FirstStart, windows[0].LastStart, windows[0].Days));
        Assert.Equal((new DateTime(2027, 3, 1, 9, 0, 0), 1), (windows[1].FirstStart, windows[1].Days));
        foreach (var window in windows)
            for (var day = window.FirstStart; day <= window.LastStart; day = day.AddDays(1))
            {
                var placed = planned with { StartUtc = EventRules.ToUtc(day, zone), EndUtc = EventRules.ToUtc(day.AddHours(32), zone) };
                Assert.Null(Scorer.Score(placed, busy, settings, Scorer.CompareText(planned, busy, _ => 2.0)));
            }
    }
}
