namespace Coordination.Domain.Alerts;

/// <summary>Alerts per pair of sectors, the same both ways round; a sector duplicating itself is on the diagonal.</summary>
public sealed record SectorHeatmap(Sector[] Sectors, int[][] Counts)
{
    public int this[Sector row, Sector column] => Counts[Array.IndexOf(Sectors, row)][Array.IndexOf(Sectors, column)];

    public int Max => Counts.SelectMany(r => r).DefaultIfEmpty(0).Max();
}

/// <summary>The alerts raised and those resolved in the week (UTC) that starts on Monday <paramref name="Start"/>.</summary>
public sealed record WeekCount(DateOnly Start, int Opened, int Resolved);

/// <summary>How many resolved alerts took at least <paramref name="From"/> and less than <paramref name="To"/> (null: no bound).</summary>
public sealed record DurationBucket(string Label, TimeSpan From, TimeSpan? To, int Count);

/// <summary>Time from raising to resolution of the resolved alerts; the percentiles are null when none was resolved.</summary>
public sealed record ResolutionTimes(int Count, TimeSpan? Median, TimeSpan? Percentile90, DurationBucket[] Histogram);

/// <summary>What the charts page shows of the alerts.</summary>
/// <param name="Overdue">The overdue open alerts, oldest first.</param>
public sealed record AlertFigures(SectorHeatmap OpenHeatmap, SectorHeatmap AllHeatmap, WeekCount[] Weeks, ResolutionTimes Resolution, AlertSummary[] Overdue);

/// <summary>The figures of the charts page, computed from every alert of the cluster and the time it is now.</summary>
public static class AlertStatistics
{
    public const int WeeksShown = 26;

    private static readonly (string Label, TimeSpan From, TimeSpan? To)[] ResolutionBuckets =
    [
        ("< 1 day", TimeSpan.Zero, TimeSpan.FromDays(1)),
        ("1–7 days", TimeSpan.FromDays(1), TimeSpan.FromDays(7)),
        ("1–4 weeks", TimeSpan.FromDays(7), TimeSpan.FromDays(28)),
        // Three months counted as 90 days.
        ("1–3 months", TimeSpan.FromDays(28), TimeSpan.FromDays(90)),
        ("> 3 months", TimeSpan.FromDays(90), null),
    ];

    public static AlertFigures Compute(IReadOnlyCollection<AlertSummary> alerts, DateTimeOffset now, AgeingSettings ageing) => new(
        Heatmap(alerts.Where(a => a.Status == AlertStatus.Open)),
        Heatmap(alerts),
        PerWeek(alerts, now),
        TimeToResolution(alerts),
        Overdue(alerts, ageing, now));

    /// <summary>
    /// Each alert counts once in the cell of every pair of its sectors (both ways round), or on the diagonal
    /// when it involves one sector; an alert naming no sector is not counted.
    /// </summary>
    public static SectorHeatmap Heatmap(IEnumerable<AlertSummary> alerts)
    {
        var sectors = Enum.GetValues<Sector>();
        var counts = sectors.Select(_ => new int[sectors.Length]).ToArray();
        foreach (var alert in alerts)
        {
            var involved = alert.Sectors.Distinct().Select(s => Array.IndexOf(sectors, s)).Order().ToArray();
            if (involved.Length == 1) counts[involved[0]][involved[0]]++;
            for (var i = 0; i < involved.Length; i++)
                for (var j = i + 1; j < involved.Length; j++)
                {
                    counts[involved[i]][involved[j]]++;
                    counts[involved[j]][involved[i]]++;
                }
        }
        return new SectorHeatmap(sectors, counts);
    }

    /// <summary>The Monday (UTC) that starts the week of <paramref name="at"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>The last <paramref name="weeks"/> weeks, oldest first, ending with the current one; earlier raisings and resolutions are left out.</summary>
    public static WeekCount[] PerWeek(IEnumerable<AlertSummary> alerts, DateTimeOffset now, int weeks = WeeksShown)
    {
        var first = WeekOf(now).AddDays(-7 * (weeks - 1));
        var opened = new int[weeks];
        var resolved = new int[weeks];
        foreach (var alert in alerts)
        {
            if (Index(alert.RaisedAt) is { } raisedIn) opened[raisedIn]++;
            if (alert.Status == AlertStatus.Resolved && alert.ResolvedAt is { } at && Index(at) is { } resolvedIn) resolved[resolvedIn]++;
        }
        return Enumerable.Range(0, weeks).Select(i => new WeekCount(first.AddDays(7 * i), opened[i], resolved[i])).ToArray();

        int? Index(DateTimeOffset at)
        {
            var week = (WeekOf(at).DayNumber - first.DayNumber) / 7;
            return week >= 0 && week < weeks ? week : null;
        }
    }

    /// <summary>Of the resolved alerts that record when (older ones do not); a reopened alert counts from its first raising.</summary>
    public static ResolutionTimes TimeToResolution(IEnumerable<AlertSummary> alerts)
    {
        var durations = alerts
            .Where(a => a.Status == AlertStatus.Resolved && a.ResolvedAt is not null)
            // Clocks of different silos may disagree by a little: never less than nothing.
            .Select(a => TimeSpan.FromTicks(Math.Max(0, (a.ResolvedAt!.Value - a.RaisedAt).Ticks)))
            .Order().ToArray();
        var histogram = ResolutionBuckets
            .Select(b => new DurationBucket(b.Label, b.From, b.To, durations.Count(d => d >= b.From && (b.To is null || d < b.To))))
            .ToArray();
        return durations.Length == 0
            ? new ResolutionTimes(0, null, null, histogram)
            : new ResolutionTimes(durations.Length, Percentile(durations, 50), Percentile(durations, 90), histogram);
    }

    /// <summary>Nearest rank: the smallest value that at least <paramref name="percent"/>% of the sorted sample does not exceed.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double percent)
    {
        if (sorted.Count == 0) throw new ArgumentException("An empty sample has no percentiles.", nameof(sorted));
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static AlertSummary[] Overdue(IEnumerable<AlertSummary> alerts, AgeingSettings ageing, DateTimeOffset now) =>
        alerts.Where(a => ageing.IsOverdue(a, now)).OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The activities not updated for a planning cycle, least recently updated first.</summary>
    public static ActivitySummary[] OverdueForReview(IEnumerable<ActivitySummary> activities, AgeingSettings ageing, DateTimeOffset now) =>
        activities.Where(a => ageing.IsStale(a, now)).OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
}
