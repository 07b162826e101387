namespace Coordination.Silo.Alerts;

/// <summary>
/// A chart and what it counts: a caption to show beside it, and <paramref name="List"/>, the query string of the alert list
/// (GET /api/alerts, the dashboard) it summarises, whose total is the chart's count.
/// </summary>
public sealed record Chart<T>(string Caption, string List, T Data);

/// <summary>The overdue alerts: how many, and the oldest few.</summary>
public sealed record OverdueAlerts(int Count, AlertSummary[] Oldest);

/// <summary>The charts of one dashboard, each counted with the list query it summarises.</summary>
/// <param name="OpenHeatmap">Open alerts per pair of sectors; a cell's list is <c>{List}&amp;sectors={row},{column}</c>.</param>
/// <param name="AllHeatmap">As <paramref name="OpenHeatmap"/>, resolved alerts too.</param>
public sealed record AlertChartSet(string Route, DateTimeOffset ComputedAt, Chart<SectorHeatmap> OpenHeatmap, Chart<SectorHeatmap> AllHeatmap,
    Chart<WeekCount[]> Weeks, Chart<ResolutionTimes> Resolution, Chart<OverdueAlerts> Overdue);

/// <summary>
/// The charts page's figures. Each is counted with <see cref="AlertDirectory.Matches"/> on the same dashboard's alerts as
/// the list it summarises: the heatmap once counted every alert of the cluster (event clashes that only the MCG+ and the
/// regional directors see included, resolved copies of routes an alert had left too), so a cell said 8 where the MCG list
/// of that pair of sectors showed 5.
/// </summary>
public sealed class AlertCharts(AlertDirectory directory, AgeingSettings ageing, TimeProvider clock)
{
    public const int OldestShown = 10;

    /// <summary>The charts of <paramref name="filters"/>' dashboard, narrowed by its kind, severity, region, topic, age and assignee; status, sectors and overdue are each chart's own.</summary>
    public async Task<AlertChartSet> ComputeAsync(AlertQuery filters)
    {
        var now = clock.GetUtcNow();
        var basis = filters with { Status = null, Sectors = [], OverdueOnly = false, Offset = 0, Limit = int.MaxValue };
        var alerts = (await directory.RouteAsync(basis.Route)).Where(a => directory.Matches(a, basis, now)).ToArray();
        var open = basis with { Status = AlertStatus.Open };
        var resolved = basis with { Status = AlertStatus.Resolved };
        var overdue = basis with { OverdueOnly = true };
        var overdueAlerts = AlertStatistics.Overdue(alerts.Where(a => directory.Matches(a, overdue, now)), ageing, now);
        var where = Describe(basis);
        return new AlertChartSet(basis.Route, now,
            new($"Open alerts {where}, by the pair of sectors involved; a sector alone on the diagonal.", ListQuery(open), Heatmap(alerts, open, now)),
            new($"Alerts {where}, open and resolved, by the pair of sectors involved; a sector alone on the diagonal.", ListQuery(basis), Heatmap(alerts, basis, now)),
            new($"Alerts {where} raised and resolved per week (UTC, from Monday), the last {AlertStatistics.WeeksShown} weeks.", ListQuery(basis),
                AlertStatistics.PerWeek(alerts, now)),
            new($"Resolved alerts {where}: time from raising to the decision.", ListQuery(resolved),
                AlertStatistics.TimeToResolution(alerts.Where(a => directory.Matches(a, resolved, now)))),
            new($"Open alerts {where} waiting more than {ageing.AlertOverdueAfter.TotalDays:0.#} days for a decision.", ListQuery(overdue),
                new OverdueAlerts(overdueAlerts.Length, [.. overdueAlerts.Take(OldestShown)])));
    }

    /// <summary>Each cell counts the alerts the list of that pair of sectors holds (a sector twice: that sector alone).</summary>
    private SectorHeatmap Heatmap(AlertSummary[] alerts, AlertQuery query, DateTimeOffset now)
    {
        var sectors = Enum.GetValues<Sector>();
        var counts = sectors.Select(row => sectors.Select(column =>
            alerts.Count(a => directory.Matches(a, query with { Sectors = [row, column] }, now))).ToArray()).ToArray();
        return new SectorHeatmap(sectors, counts);
    }

    /// <summary>The query string of the list the query selects, as GET /api/alerts and the CSV export read it.</summary>
    public static string ListQuery(AlertQuery q)
    {
        var parts = new List<string> { $"route={Uri.EscapeDataString(q.Route)}" };
        if (q.Status is { } status) parts.Add($"status={status}");
        if (q.Severity is { } severity) parts.Add($"severity={severity}");
        if (q.Kind is { } kind) parts.Add($"kind={Uri.EscapeDataString(kind)}");
        if (q.Sectors.Length > 0) parts.Add($"sectors={string.Join(',', q.Sectors)}");
        if (q.Region is { } region) parts.Add($"region={region}");
        if (q.Topic is { } topic) parts.Add($"topic={Uri.EscapeDataString(topic)}");
        if (q.MinAgeDays is { } days) parts.Add($"minAgeDays={days}");
        if (q.OverdueOnly) parts.Add("overdue=true");
        if (q.Assignee is { } assignee) parts.Add($"assignee={Uri.EscapeDataString(assignee)}");
        return string.Join('&', parts);
    }

    /// <summary>Where the counted alerts are: "on the MCG dashboard", with the filters that narrow it.</summary>
    private static string Describe(AlertQuery q)
    {
        var text = $"on the {q.Route} dashboard";
        if (q.Kind is { } kind) text += $", {(kind == AlertKeys.EventClash ? "event clashes" : "activity overlaps")} only";
        if (q.Severity is { } severity) text += $", {severity} severity";
        if (q.Region is { } region) text += $", in {region}";
        if (q.Topic is { } topic) text += $", on topic {topic}";
        if (q.MinAgeDays is { } days) text += $", raised at least {days} days ago";
        if (q.Assignee is { } assignee) text += assignee == AlertQuery.Unassigned ? ", unassigned" : $", assigned to {assignee}";
        return text;
    }

    /// <summary>GET /api/alerts/charts: the list's filters, checked as the list checks them.</summary>
    internal static async Task<IResult> GetAsync(HttpContext http, AlertCharts charts, [AsParameters] AlertFilters.Parameters filters)
    {
        var (query, problem) = AlertFilters.Parse(filters, http.User);
        return query is null ? problem! : Results.Ok(await charts.ComputeAsync(query));
    }
}
