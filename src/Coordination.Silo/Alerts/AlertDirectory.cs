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
    /// <summary>Alerts involving every one of these sectors (one, or a pair such as BR and BDT).</summary>
    public Sector[] Sectors { get; init; } = [];
    public Region? Region { get; init; }
    public string? Topic { get; init; }
    /// <summary>Alerts raised at least this many days ago.</summary>
    public int? MinAgeDays { get; init; }
    public bool OverdueOnly { get; init; }
    public AlertOrder Order { get; init; } = AlertOrder.Severity;
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;

    public static bool IsRoute(string route) =>
        route is AlertKeys.Mcg or AlertKeys.McgPlus or AlertKeys.CoCo
        || (route.StartsWith("TF:", StringComparison.Ordinal) && Identifiers.IsValid(route[3..]))
        || (route.StartsWith("RD:", StringComparison.Ordinal) && EnumCodes.TryParse<Region>(route[3..], out _));
}

/// <summary>
/// Reads the alert inboxes for the API and the web UI alike: the buckets of one route are read in parallel,
/// filtered and paged here, so a page of a dashboard with ten thousand alerts carries fifty.
/// </summary>
public sealed class AlertDirectory(IGrainFactory grains, AgeingSettings ageing, TimeProvider clock)
{
    public async Task<Page<AlertSummary>> ListAsync(AlertQuery query)
    {
        var now = clock.GetUtcNow();
        var matching = (await Listings.AlertsAsync(grains, [query.Route])).Where(a => Matches(a, query, now)).ToArray();
        IEnumerable<AlertSummary> ordered = query.Order switch
        {
            AlertOrder.Newest => matching.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
            AlertOrder.Oldest => matching.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal),
            _ => matching.OrderByDescending(a => a.Severity).ThenByDescending(a => a.Score).ThenBy(a => a.Id, StringComparer.Ordinal),
        };
        return new Page<AlertSummary>(ordered.Skip(query.Offset).Take(query.Limit).ToArray(), matching.Length, query.Offset, query.Limit);
    }

    /// <summary>Every alert of the cluster once (for charts and exports).</summary>
    public async Task<AlertSummary[]> AllAsync()
    {
        // A route an alert left keeps a resolved copy; the alert's current routes hold its latest state.
        return (await Listings.AlertsAsync(grains, AlertKeys.CoveringRoutes)).GroupBy(a => a.Id).Select(g => g.MaxBy(a => a.UpdatedAt)!).ToArray();
    }

    public Task<Alert?> GetAsync(string id) => grains.GetGrain<IAlertGrain>(id).GetAsync();

    public bool IsOverdue(AlertSummary alert) => ageing.IsOverdue(alert, clock.GetUtcNow());

    private bool Matches(AlertSummary a, AlertQuery q, DateTimeOffset now) =>
        (q.Status is null || a.Status == q.Status)
        && (q.Severity is null || a.Severity == q.Severity)
        && (string.IsNullOrWhiteSpace(q.Kind) || a.Kind == q.Kind)
        && q.Sectors.All(a.Sectors.Contains)
        && (q.Region is null || a.Regions.Contains(q.Region.Value))
        && (string.IsNullOrWhiteSpace(q.Topic) || (a.Topics ?? []).Contains(q.Topic, StringComparer.Ordinal))
        && (q.MinAgeDays is null || now - a.RaisedAt >= TimeSpan.FromDays(q.MinAgeDays.Value))
        && (!q.OverdueOnly || ageing.IsOverdue(a, now));
}
