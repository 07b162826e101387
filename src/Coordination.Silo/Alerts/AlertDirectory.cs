using Coordination.Grains.Records;

namespace Coordination.Silo.Alerts;

public enum AlertOrder { Severity, Newest, Oldest }

/// <summary>What a dashboard asks for: one route's alerts, filtered and paged on the server.</summary>
public sealed record AlertQuery
{
    /// <summary>MCG, MCG+, CoCo, TF:{task force} or RD:{region}.</summary>
    public string Route { get; init; } = AlertKeys.Mcg;
    public AlertStatus? Status { get; init; }
    public Severity? Severity { get; init; }
    public string? Kind { get; init; }
    /// <summary>
    /// Alerts involving every one of these sectors (one, or a pair such as BR and BDT); a sector twice (TSB, TSB) selects the
    /// alerts within that sector alone, the heatmap's diagonal.
    /// </summary>
    public Sector[] Sectors { get; init; } = [];
    /// <summary>Alerts assigned to this person id; <see cref="Unassigned"/> for those assigned to nobody.</summary>
    public string? Assignee { get; init; }
    public Region? Region { get; init; }
    public string? Topic { get; init; }
    /// <summary>Alerts raised at least this many days ago.</summary>
    public int? MinAgeDays { get; init; }
    public bool OverdueOnly { get; init; }
    public AlertOrder Order { get; init; } = AlertOrder.Severity;
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;

    public const string Unassigned = "none";

    public static bool IsRoute(string route) =>
        route is AlertKeys.Mcg or AlertKeys.McgPlus or AlertKeys.CoCo
        || (route.StartsWith("TF:", StringComparison.Ordinal) && Identifiers.IsValid(route[3..]))
        || (route.StartsWith("RD:", StringComparison.Ordinal) && EnumCodes.TryParse<Region>(route[3..], out _));
}

/// <summary>A row of an alert list: the alert, the dashboard that owns it and whom it is assigned to, named.</summary>
public sealed record AlertRow(AlertSummary Alert, string Owner, PersonRef? Assignee);

/// <summary>
/// Reads the alert inboxes for the API and the web UI alike: the buckets of one route are read in parallel,
/// filtered and paged here, so a page of a dashboard with ten thousand alerts carries fifty.
/// </summary>
public sealed class AlertDirectory(IGrainFactory grains, AgeingSettings ageing, TimeProvider clock, PeopleRegistry people)
{
    public async Task<Page<AlertSummary>> ListAsync(AlertQuery query)
    {
        var now = clock.GetUtcNow();
        var matching = (await RouteAsync(query.Route)).Where(a => Matches(a, query, now)).ToArray();
        IEnumerable<AlertSummary> ordered = query.Order switch
        {
            AlertOrder.Newest => matching.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
            AlertOrder.Oldest => matching.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
            _ => matching.OrderByDescending(a => a.Severity).ThenByDescending(a => a.Score).ThenBy(a => a.Id, StringComparer.Ordinal),
        };
        return new Page<AlertSummary>(ordered.Skip(query.Offset).Take(query.Limit).ToArray(), matching.Length, query.Offset, query.Limit);
    }

    /// <summary>A page of the list with each alert's owner and assignee: what the dashboards and the API show.</summary>
    public async Task<Page<AlertRow>> ListRowsAsync(AlertQuery query)
    {
        var page = await ListAsync(query);
        var name = await people.NamerAsync();
        return new Page<AlertRow>([.. page.Items.Select(a => RowOf(a, query.Route, name))], page.Total, page.Offset, page.Limit);
    }

    public static AlertRow RowOf(AlertSummary alert, string listedOn, Func<string?, PersonRef?> name) =>
        new(alert, AlertKeys.OwnerOf(alert.Routes, alert.Kind, alert.EscalatedAt is not null, listedOn), name(alert.AssignedTo));

    /// <summary>Every alert of one dashboard, unfiltered: what the charts count with <see cref="Matches"/>, as the list does.</summary>
    public Task<AlertSummary[]> RouteAsync(string route) => Listings.AlertsAsync(grains, [route]);

    public Task<Alert?> GetAsync(string id) => grains.GetGrain<IAlertGrain>(id).GetAsync();

    public bool IsOverdue(AlertSummary alert) => ageing.IsOverdue(alert, clock.GetUtcNow());

    /// <summary>Whether the alert is one the query selects: the one test of the lists, their exports and the charts.</summary>
    public bool Matches(AlertSummary a, AlertQuery q, DateTimeOffset now) =>
        (q.Status is null || a.Status == q.Status)
        && (q.Severity is null || a.Severity == q.Severity)
        && (string.IsNullOrWhiteSpace(q.Kind) || a.Kind == q.Kind)
        && SectorsMatch(a.Sectors, q.Sectors)
        && (q.Assignee is null || (q.Assignee == AlertQuery.Unassigned ? a.AssignedTo is null : a.AssignedTo == q.Assignee))
        && (q.Region is null || a.Regions.Contains(q.Region.Value))
        && (string.IsNullOrWhiteSpace(q.Topic) || (a.Topics ?? []).Contains(q.Topic, StringComparer.Ordinal))
        && (q.MinAgeDays is null || now - a.RaisedAt >= TimeSpan.FromDays(q.MinAgeDays.Value))
        && (!q.OverdueOnly || ageing.IsOverdue(a, now));

    /// <summary>Involving each sector asked for; a pair of one sector twice is that sector alone.</summary>
    private static bool SectorsMatch(Sector[] involved, Sector[] asked) =>
        asked is [var a, var b] && a == b ? involved.Length > 0 && involved.All(s => s == a) : asked.All(involved.Contains);
}
