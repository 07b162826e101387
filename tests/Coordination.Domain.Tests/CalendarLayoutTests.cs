namespace Coordination.Domain.Tests;

public class CalendarLayoutTests
{
    /// <summary>An entry from local wall-clock times at the venue, as the event rules convert them.</summary>
    private static CalendarEntry Entry(string id, string start, string end, string zone = "Africa/Nairobi")
    {
        var venue = TimeZoneInfo.FindSystemTimeZoneById(zone);
        return new CalendarEntry(id, $"Event {id}", EventRules.ToUtc(DateTime.Parse(start), venue), EventRules.ToUtc(DateTime.Parse(end), venue), zone);
    }

    private static string[] IdsOn(MonthGrid grid, string day) =>
        grid.Weeks.SelectMany(w => w).Single(d => d.Date == DateOnly.Parse(day)).Entries.Select(e => e.Entry.Id).ToArray();

    [Fact]
    public void A_month_is_whole_weeks_from_monday_with_the_adjacent_months_days_flagged()
    {
        // April 2027 starts on a Thursday and ends on a Friday.
        var grid = CalendarLayout.Month(new DateOnly(2027, 4, 17), [], today: new DateOnly(2027, 4, 14));

        Assert.Equal(new DateOnly(2027, 4, 1), grid.Month);
        Assert.Equal(5, grid.Weeks.Length);
        Assert.All(grid.Weeks, week =>
        {
            Assert.Equal(7, week.Length);
            Assert.Equal(DayOfWeek.Monday, week[0].Date.DayOfWeek);
            Assert.All(week.Skip(1).Zip(week), pair => Assert.Equal(pair.Second.Date.AddDays(1), pair.First.Date));
        });
        Assert.Equal((new DateOnly(2027, 3, 29), new DateOnly(2027, 5, 2)), (grid.FirstDay, grid.LastDay));
        var days = grid.Weeks.SelectMany(w => w).ToArray();
        Assert.Equal([29, 30, 31], days.Where(d => !d.InMonth && d.Date.Month == 3).Select(d => d.Date.Day));
        Assert.Equal([1, 2], days.Where(d => !d.InMonth && d.Date.Month == 5).Select(d => d.Date.Day));
        Assert.Equal(30, days.Count(d => d.InMonth));
        Assert.Equal(new DateOnly(2027, 4, 14), Assert.Single(days, d => d.IsToday).Date);
    }

    [Fact]
    public void A_month_that_starts_on_a_monday_has_no_days_of_the_month_before()
    {
        var (first, last) = CalendarLayout.MonthSpan(new DateOnly(2027, 3, 1));

        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 4)), (first, last));
    }

    [Theory]
    [InlineData(DayOfWeek.Saturday, "2027-03-27", "2027-04-30")]
    [InlineData(DayOfWeek.Sunday, "2027-03-28", "2027-05-01")]
    [InlineData(DayOfWeek.Thursday, "2027-04-01", "2027-05-05")]
    public void A_month_starts_its_weeks_on_the_readers_first_day_of_the_week(DayOfWeek firstDay, string expectedFirst, string expectedLast)
    {
        // April 2027 starts on a Thursday and ends on a Friday.
        var grid = CalendarLayout.Month(new DateOnly(2027, 4, 1), [], today: new DateOnly(2027, 4, 14), firstDay);

        Assert.Equal((DateOnly.Parse(expectedFirst), DateOnly.Parse(expectedLast)), (grid.FirstDay, grid.LastDay));
        Assert.Equal(CalendarLayout.MonthSpan(new DateOnly(2027, 4, 1), firstDay), (grid.FirstDay, grid.LastDay));
        Assert.All(grid.Weeks, week => Assert.Equal(firstDay, week[0].Date.DayOfWeek));
        Assert.Equal(30, grid.Weeks.SelectMany(w => w).Count(d => d.InMonth));
    }

    [Fact]
    public void An_event_appears_on_every_local_day_it_takes_and_not_on_the_day_it_ends_at_midnight()
    {
        var grid = CalendarLayout.Month(new DateOnly(2027, 4, 1),
        [
            Entry("three-days", "2027-04-06T09:00", "2027-04-08T17:00"),
            Entry("to-midnight", "2027-04-10T10:00", "2027-04-11T00:00"),
            Entry("from-march", "2027-03-30T09:00", "2027-04-01T12:00"),
            Entry("other-month", "2027-06-01T09:00", "2027-06-01T12:00"),
        ], today: new DateOnly(2000, 1, 1));

        Assert.Empty(IdsOn(grid, "2027-04-05"));
        Assert.All(new[] { "2027-04-06", "2027-04-07", "2027-04-08" }, day => Assert.Equal(["three-days"], IdsOn(grid, day)));
        Assert.Empty(IdsOn(grid, "2027-04-09"));
        Assert.Equal(["to-midnight"], IdsOn(grid, "2027-04-10"));
        Assert.Empty(IdsOn(grid, "2027-04-11"));
        Assert.Equal(["from-march"], IdsOn(grid, "2027-03-30"));
        Assert.Equal(["from-march"], IdsOn(grid, "2027-04-01"));
        Assert.DoesNotContain(grid.Weeks.SelectMany(w => w).SelectMany(d => d.Entries), e => e.Entry.Id == "other-month");
    }

    [Fact]
    public void Events_sit_on_the_dates_of_their_venue_not_of_utc()
    {
        var grid = CalendarLayout.Month(new DateOnly(2027, 4, 1),
        [
            // 23:30-01:30 in Tokyo is 14:30-16:30 UTC on the 14th: in Tokyo it takes two days.
            Entry("tokyo", "2027-04-14T23:30", "2027-04-15T01:30", "Asia/Tokyo"),
            // 20:00 in New York is midnight UTC: the evening of the 20th there, the 21st in UTC.
            Entry("new-york", "2027-04-20T20:00", "2027-04-20T22:00", "America/New_York"),
        ], today: new DateOnly(2000, 1, 1));

        Assert.Equal(["tokyo"], IdsOn(grid, "2027-04-14"));
        Assert.Equal(["tokyo"], IdsOn(grid, "2027-04-15"));
        Assert.Equal(["new-york"], IdsOn(grid, "2027-04-20"));
        Assert.Empty(IdsOn(grid, "2027-04-21"));
        var tokyo = grid.Weeks.SelectMany(w => w).SelectMany(d => d.Entries).First(e => e.Entry.Id == "tokyo");
        Assert.Equal((new DateTime(2027, 4, 14, 23, 30, 0), new DateTime(2027, 4, 15, 1, 30, 0)), (tokyo.LocalStart, tokyo.LocalEnd));
        Assert.Equal(new DateTimeOffset(2027, 4, 14, 14, 30, 0, TimeSpan.Zero), tokyo.Entry.StartUtc);
    }

    [Fact]
    public void A_day_shows_its_events_in_order_of_local_start()
    {
        var grid = CalendarLayout.Month(new DateOnly(2027, 4, 1),
        [
            Entry("afternoon", "2027-04-06T14:00", "2027-04-06T17:00"),
            Entry("long", "2027-04-05T09:00", "2027-04-07T17:00"),
            Entry("morning", "2027-04-06T09:00", "2027-04-06T12:00"),
        ], today: new DateOnly(2000, 1, 1));

        Assert.Equal(["long", "morning", "afternoon"], IdsOn(grid, "2027-04-06"));
    }

    [Fact]
    public void The_instants_to_load_cover_the_days_in_every_zone()
    {
        var (from, to) = CalendarLayout.Instants(new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30));
        var kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var baker = TimeZoneInfo.CreateCustomTimeZone("UTC-12", TimeSpan.FromHours(-12), "UTC-12", "UTC-12");

        Assert.Equal(from, EventRules.ToUtc(new DateTime(2027, 4, 1), kiritimati));
        Assert.Equal(to, EventRules.ToUtc(new DateTime(2027, 5, 1), baker));
    }

    [Fact]
    public void A_timeline_places_bars_as_fractions_of_its_days_and_cuts_them_at_its_ends()
    {
        // March to May 2027: 92 days.
        var timeline = CalendarLayout.Timeline(new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 1),
        [
            Entry("later", "2027-04-11T00:00", "2027-04-13T00:00"),
            Entry("one-day", "2027-03-11T00:00", "2027-03-12T00:00"),
            Entry("from-february", "2027-02-26T09:00", "2027-03-02T00:00"),
            Entry("into-june", "2027-05-31T00:00", "2027-06-03T00:00"),
            Entry("outside", "2027-06-10T09:00", "2027-06-11T17:00"),
        ]);

        Assert.Equal(["from-february", "one-day", "later", "into-june"], timeline.Bars.Select(b => b.Entry.Entry.Id));
        var bars = timeline.Bars.ToDictionary(b => b.Entry.Entry.Id);
        Assert.Equal(10 / 92.0, bars["one-day"].Offset, 9);
        Assert.Equal(1 / 92.0, bars["one-day"].Width, 9);
        Assert.Equal(41 / 92.0, bars["later"].Offset, 9);
        Assert.Equal(2 / 92.0, bars["later"].Width, 9);
        Assert.Equal(1 / 92.0, bars["from-february"].Width, 9);
        Assert.Equal((0.0, true, false), (bars["from-february"].Offset, bars["from-february"].StartsBefore, bars["from-february"].EndsAfter));
        Assert.Equal((1.0, true), (Math.Round(bars["into-june"].Offset + bars["into-june"].Width, 9), bars["into-june"].EndsAfter));
        Assert.Equal([new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 1)], timeline.Months.Select(m => m.Month));
        Assert.Equal([31 / 92.0, 30 / 92.0, 31 / 92.0], timeline.Months.Select(m => m.Width), new RoundedEquality());
        Assert.Equal(0.5, timeline.Position(new DateTime(2027, 4, 16))!.Value, 9);
        Assert.Null(timeline.Position(new DateTime(2027, 6, 2)));
    }

    [Fact]
    public void A_timeline_uses_each_venues_local_times()
    {
        var timeline = CalendarLayout.Timeline(new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 1),
            [Entry("tokyo", "2027-04-14T23:30", "2027-04-15T01:30", "Asia/Tokyo")]);

        var bar = Assert.Single(timeline.Bars);
        Assert.Equal((13 + 23.5 / 24) / 30, bar.Offset, 9);
    }

    [Fact]
    public void Each_event_of_a_clashing_pair_names_the_other_and_flagship_windows_are_not_events()
    {
        static EventSummary Summary(string id, string title) =>
            new(id, title, EventKind.Workshop, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(8), "Nairobi", "KE", Region.AFR, [Sector.BDT], [], EventStatus.Planned);
        static EventClash Clash(EventSummary other, double score, bool flagship, params ClashKind[] kinds) =>
            new(other, flagship, kinds, score, score >= 0.8 ? Severity.High : Severity.Low, score >= 0.5, new OverlapExplanation(0, 0, 0, 0, [], [], [Sector.BDT], false));
        var (a, b, flagship) = (Summary("a", "AI policy workshop"), Summary("b", "AI standards workshop"), Summary("flagship:summit", "World summit"));

        var partners = CalendarClashes.ByEvent(
        [
            new CalendarClash(a, Clash(flagship, 0.35, true, ClashKind.Flagship)),
            new CalendarClash(a, Clash(b, 0.9, false, ClashKind.SameCity, ClashKind.SameSubject)),
        ]);

        Assert.Equal(["b", "flagship:summit"], partners["a"].Select(p => p.Id));
        Assert.Equal("AI policy workshop", Assert.Single(partners["b"]).Title);
        Assert.False(partners.ContainsKey("flagship:summit"));
        var tooltip = CalendarClashes.Describe(partners["a"]);
        Assert.Equal("Clashes with AI standards workshop (High: same city, same subject); World summit (flagship window) (Low: flagship window)", tooltip);
    }

    [Fact]
    public void A_country_with_one_zone_suggests_it_and_one_with_several_lets_the_user_choose()
    {
        Assert.Equal("Africa/Nairobi", TimeZones.DefaultFor("ke"));
        Assert.Equal("Europe/Zurich", TimeZones.DefaultFor(" CH "));
        Assert.Null(TimeZones.DefaultFor("US"));
        Assert.Contains(TimeZones.OfCountry("US"), z => z.ZoneId == "America/New_York");
        Assert.True(TimeZones.OfCountry("BR").Count > 1);
        Assert.Empty(TimeZones.OfCountry("ZZ"));
        Assert.Null(TimeZones.DefaultFor(null));
        Assert.All(TimeZones.OfCountry("RU").Select(z => z.ZoneId).Concat(TimeZones.Common),
            zone => Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _), zone));
    }

    private sealed class RoundedEquality : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;
        public int GetHashCode(double value) => 0;
    }
}
