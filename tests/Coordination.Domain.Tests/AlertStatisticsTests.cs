namespace Coordination.Domain.Tests;

public class AlertStatisticsTests
{
    /// <summary>A Wednesday; its week starts on Monday 8 March.</summary>
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static AlertSummary Alert(string id, Sector[] sectors, DateTimeOffset raised, DateTimeOffset? resolved = null, AlertStatus? status = null) =>
        new(id, [$"{id} one", $"{id} other"], sectors, [], Severity.Medium, 0.5, status ?? (resolved is null ? AlertStatus.Open : AlertStatus.Resolved),
            raised, resolved ?? raised, ResolvedAt: resolved);

    private static AlertSummary Resolved(string id, TimeSpan took) => Alert(id, [Sector.BR, Sector.BDT], Now.AddDays(-200), Now.AddDays(-200) + took);

    [Fact]
    public void The_heatmap_counts_each_pair_of_sectors_both_ways_round_and_one_sector_on_the_diagonal()
    {
        AlertSummary[] alerts =
        [
            Alert("a", [Sector.BR, Sector.BDT], Now),
            Alert("b", [Sector.BDT, Sector.BR], Now),
            Alert("c", [Sector.TSB], Now),
            Alert("d", [Sector.BR, Sector.TSB, Sector.GS], Now),
            Alert("e", [], Now),
        ];

        var heatmap = AlertStatistics.Heatmap(alerts);

        Assert.Equal([Sector.BR, Sector.TSB, Sector.BDT, Sector.GS], heatmap.Sectors);
        foreach (var row in heatmap.Sectors)
            foreach (var column in heatmap.Sectors)
                Assert.Equal(heatmap[row, column], heatmap[column, row]);
        Assert.Equal(2, heatmap[Sector.BR, Sector.BDT]);
        Assert.Equal(1, heatmap[Sector.TSB, Sector.TSB]);
        Assert.Equal(1, heatmap[Sector.BR, Sector.TSB]);
        Assert.Equal(1, heatmap[Sector.TSB, Sector.GS]);
        Assert.Equal(1, heatmap[Sector.GS, Sector.BR]);
        Assert.Equal(0, heatmap[Sector.BR, Sector.BR]);
        Assert.Equal(0, heatmap[Sector.BDT, Sector.GS]);
        Assert.Equal(2, heatmap.Max);
    }

    [Fact]
    public void The_open_heatmap_leaves_out_resolved_alerts_and_the_other_counts_them()
    {
        AlertSummary[] alerts = [Alert("open", [Sector.GS, Sector.TSB], Now), Alert("done", [Sector.GS, Sector.TSB], Now.AddDays(-3), Now)];

        var figures = AlertStatistics.Compute(alerts, Now, AgeingSettings.Default);

        Assert.Equal(1, figures.OpenHeatmap[Sector.GS, Sector.TSB]);
        Assert.Equal(2, figures.AllHeatmap[Sector.GS, Sector.TSB]);
    }

    [Theory]
    [InlineData("2027-03-08T00:00:00Z", "2027-03-08")]
    [InlineData("2027-03-07T23:59:59Z", "2027-03-01")]
    [InlineData("2027-03-14T23:59:59Z", "2027-03-08")]
    [InlineData("2027-03-08T01:00:00+02:00", "2027-03-01")]
    public void Weeks_start_on_Monday_at_midnight_UTC(string at, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday), AlertStatistics.WeekOf(DateTimeOffset.Parse(at)));
    }

    [Fact]
    public void Alerts_are_counted_in_the_week_they_were_raised_and_the_week_they_were_resolved_over_the_last_26_weeks()
    {
        var firstMonday = new DateTimeOffset(2026, 9, 14, 0, 0, 0, TimeSpan.Zero);
        AlertSummary[] alerts =
        [
            Alert("first-moment", [Sector.BR], firstMonday),
            Alert("just-before", [Sector.BR], firstMonday.AddTicks(-1), firstMonday.AddDays(7)),
            Alert("this-week", [Sector.BR], new DateTimeOffset(2027, 3, 8, 0, 0, 0, TimeSpan.Zero), Now),
            // Resolved by old code that did not record when: raised, never counted as resolved.
            Alert("no-date", [Sector.BR], firstMonday.AddDays(8), status: AlertStatus.Resolved),
        ];

        var weeks = AlertStatistics.PerWeek(alerts, Now);

        Assert.Equal(26, weeks.Length);
        Assert.Equal(new DateOnly(2026, 9, 14), weeks[0].Start);
        Assert.Equal(new DateOnly(2027, 3, 8), weeks[^1].Start);
        Assert.All(weeks.Zip(weeks.Skip(1)), w => Assert.Equal(7, w.Second.Start.DayNumber - w.First.Start.DayNumber));
        Assert.Equal(new WeekCount(new DateOnly(2026, 9, 14), 1, 0), weeks[0]);
        Assert.Equal(new WeekCount(new DateOnly(2026, 9, 21), 1, 1), weeks[1]);
        Assert.Equal(new WeekCount(new DateOnly(2027, 3, 8), 1, 1), weeks[^1]);
        Assert.Equal(3, weeks.Sum(w => w.Opened));
        Assert.Equal(2, weeks.Sum(w => w.Resolved));
    }

    [Fact]
    public void Median_and_90th_percentile_are_nearest_ranks_of_the_resolved_alerts_that_say_when()
    {
        var alerts = Enumerable.Range(1, 10).Select(d => Resolved($"r{d}", TimeSpan.FromDays(d)))
            .Append(Alert("open", [Sector.BR], Now.AddDays(-50)))
            .Append(Alert("undated", [Sector.BR], Now.AddDays(-50), status: AlertStatus.Resolved))
            .Reverse().ToArray();

        var times = AlertStatistics.TimeToResolution(alerts);

        Assert.Equal(10, times.Count);
        Assert.Equal(TimeSpan.FromDays(5), times.Median);
        Assert.Equal(TimeSpan.FromDays(9), times.Percentile90);
        Assert.Equal(TimeSpan.FromDays(3), AlertStatistics.Percentile([TimeSpan.FromDays(3)], 90));
        Assert.Equal(TimeSpan.FromDays(2), AlertStatistics.Percentile([TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3)], 50));
    }

    [Fact]
    public void Resolution_times_fall_in_buckets_that_include_their_lower_bound()
    {
        TimeSpan[] took =
        [
            TimeSpan.Zero, TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1),
            TimeSpan.FromDays(1), TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1),
            TimeSpan.FromDays(7), TimeSpan.FromDays(27),
            TimeSpan.FromDays(28), TimeSpan.FromDays(89),
            TimeSpan.FromDays(90), TimeSpan.FromDays(400),
        ];

        var histogram = AlertStatistics.TimeToResolution(took.Select((t, i) => Resolved($"r{i}", t)).ToArray()).Histogram;

        Assert.Equal(["< 1 day", "1–7 days", "1–4 weeks", "1–3 months", "> 3 months"], histogram.Select(b => b.Label));
        Assert.All(histogram, b => Assert.Equal(2, b.Count));
    }

    [Fact]
    public void No_alerts_give_empty_figures_and_no_percentiles()
    {
        var figures = AlertStatistics.Compute([], Now, AgeingSettings.Default);

        Assert.Equal(0, figures.AllHeatmap.Max);
        Assert.All(figures.OpenHeatmap.Counts.SelectMany(r => r), c => Assert.Equal(0, c));
        Assert.Equal(26, figures.Weeks.Length);
        Assert.All(figures.Weeks, w => Assert.Equal((0, 0), (w.Opened, w.Resolved)));
        Assert.Equal(0, figures.Resolution.Count);
        Assert.Null(figures.Resolution.Median);
        Assert.Null(figures.Resolution.Percentile90);
        Assert.Equal(5, figures.Resolution.Histogram.Length);
        Assert.All(figures.Resolution.Histogram, b => Assert.Equal(0, b.Count));
        Assert.Empty(figures.Overdue);
        Assert.Throws<ArgumentException>(() => AlertStatistics.Percentile([], 50));
    }

    [Fact]
    public void Overdue_alerts_are_the_open_ones_older_than_the_threshold_oldest_first()
    {
        var ageing = AgeingSettings.Default with { AlertOverdueAfter = TimeSpan.FromDays(30) };
        AlertSummary[] alerts =
        [
            Alert("older", [Sector.BR], Now.AddDays(-31)),
            Alert("oldest", [Sector.BR], Now.AddDays(-90)),
            Alert("young", [Sector.BR], Now.AddDays(-29)),
            Alert("resolved", [Sector.BR], Now.AddDays(-120), Now.AddDays(-1)),
        ];

        var overdue = AlertStatistics.Compute(alerts, Now, ageing).Overdue;

        Assert.Equal(["oldest", "older"], overdue.Select(a => a.Id));
    }

    [Fact]
    public void Activities_overdue_for_review_are_those_still_running_and_not_updated_for_a_planning_cycle()
    {
        static ActivitySummary Activity(string id, ActivityStatus status, int daysSinceUpdate) =>
            new(id, Sector.BDT, ActivityKind.Study, id, status, [], [], null, null, Now.AddDays(-daysSinceUpdate));
        ActivitySummary[] activities =
        [
            Activity("stale", ActivityStatus.Ongoing, 31),
            Activity("stalest", ActivityStatus.Planned, 200),
            Activity("fresh", ActivityStatus.Ongoing, 29),
            Activity("finished", ActivityStatus.Completed, 300),
            Activity("dropped", ActivityStatus.Cancelled, 300),
        ];

        var due = AlertStatistics.OverdueForReview(activities, AgeingSettings.Default, Now);

        Assert.Equal(["stalest", "stale"], due.Select(a => a.Id));
    }
}
