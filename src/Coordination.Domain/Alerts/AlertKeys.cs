namespace Coordination.Domain.Alerts;

/// <summary>Identity and routing of duplication alerts.</summary>
public static class AlertKeys
{
    public const string Mcg = "MCG";
    public const string CoCo = "CoCo";
    /// <summary>The MCG with the regional directors.</summary>
    public const string McgPlus = "MCG+";

    public const string ActivityOverlap = "activity-overlap";
    public const string EventClash = "event-clash";

    /// <summary>One id per unordered pair, whichever side was checked: "a~b" with a &lt; b (a side may be a family of records).</summary>
    public static string PairId(string first, string second) =>
        string.CompareOrdinal(first, second) < 0 ? $"{first}~{second}" : $"{second}~{first}";

    /// <summary>Clash alerts have ids of their own, so that an event and an activity that happen to share ids never share an alert.</summary>
    public static string ClashPairId(string eventId, string otherId) => $"clash:{PairId(eventId, otherId)}";

    /// <summary>The two item ids of a pair alert's id ("a~b" or "clash:a~b").</summary>
    public static string[] ItemsOf(string alertId) =>
        (alertId.StartsWith("clash:", StringComparison.Ordinal) ? alertId["clash:".Length..] : alertId).Split('~');

    /// <summary>
    /// Routes that together hold every alert: an activity overlap is always the MCG's, an event clash the MCG's,
    /// the MCG+'s or a regional director's (<see cref="Routes"/>, <see cref="ClashRoutes"/>).
    /// </summary>
    public static IReadOnlyList<string> CoveringRoutes { get; } =
        [Mcg, McgPlus, .. Enum.GetValues<Region>().Where(r => r != Region.GLOBAL).Select(RegionRoute)];

    public static string TaskForceRoute(string taskForceId) => $"TF:{taskForceId}";

    /// <summary>
    /// The dashboard that owns an alert, whose committee works it: the Coordination Committee once the alert is escalated
    /// to it; otherwise the most senior body it is routed to, MCG+, then MCG, then a regional director, then a task force.
    /// The CoCo's copy of a severe alert is for its information: the MCG still works it until it is overdue.
    /// <paramref name="listedOn"/> stands in for the routes a summary stored before it carried them does not say.
    /// </summary>
    public static string OwnerOf(IReadOnlyCollection<string>? routes, string kind, bool escalated, string listedOn)
    {
        if (escalated) return CoCo;
        if (routes is not { Count: > 0 }) return kind == ActivityOverlap ? Mcg : listedOn;
        foreach (var senior in (string[])[McgPlus, Mcg])
            if (routes.Contains(senior)) return senior;
        return routes.FirstOrDefault(r => r.StartsWith("RD:", StringComparison.Ordinal)) ?? routes.FirstOrDefault(r => r != CoCo) ?? CoCo;
    }

    public static string RegionRoute(Region region) => $"RD:{region}";

    /// <summary>Both sides' material hashes, in pair order: it changes when either side changes materially.</summary>
    public static string MaterialKey(OverlapProfile a, OverlapProfile b) => MaterialKey(a.ActivityId, a.MaterialHash, b.ActivityId, b.MaterialHash);

    /// <summary>
    /// As <see cref="MaterialKey(OverlapProfile, OverlapProfile)"/>, but a side that takes part in the alert as its family
    /// (<see cref="ActivityFamilies"/>) is the family: another of its country records does not reopen a decided alert.
    /// </summary>
    public static string MaterialKey(string alertId, OverlapProfile a, OverlapProfile b)
    {
        var parties = ItemsOf(alertId);
        (string Id, string Hash) Side(OverlapProfile p) => parties.Contains(p.ActivityId) || p.Family is null ? (p.ActivityId, p.MaterialHash) : (p.Family, p.Family);
        var (x, y) = (Side(a), Side(b));
        return MaterialKey(x.Id, x.Hash, y.Id, y.Hash);
    }

    /// <summary>The family an activity-overlap alert stands for on one side, if any.</summary>
    public static string? FamilyOf(string alertId) => ItemsOf(alertId).FirstOrDefault(ActivityFamilies.IsFamily);

    public static string MaterialKey(string idA, string hashA, string idB, string hashB) =>
        string.CompareOrdinal(idA, idB) < 0 ? $"{hashA}~{hashB}" : $"{hashB}~{hashA}";

    /// <summary>
    /// A clash goes to the director of each region involved, and to the MCG+ (the MCG with the regional
    /// directors) when more than one sector or region is involved; a clash with no region (two online events
    /// of one sector) goes to the MCG.
    /// </summary>
    public static string[] ClashRoutes(IReadOnlyCollection<Sector> sectors, IReadOnlyCollection<Region> regions)
    {
        var regional = regions.Where(r => r != Region.GLOBAL).Distinct().Order().ToArray();
        var routes = new List<string>();
        if (sectors.Count > 1 || regional.Length > 1) routes.Add(McgPlus);
        routes.AddRange(regional.Select(RegionRoute));
        return routes.Count == 0 ? [Mcg] : [.. routes];
    }

    /// <summary>
    /// The MCG sees every alert; the Coordination Committee too when three or more sectors are involved
    /// or the overlap is of high severity; the task forces owning a shared topic; the regional director
    /// of each region both sides work in.
    /// </summary>
    public static string[] Routes(IReadOnlyCollection<Sector> sectors, Severity severity, IEnumerable<string> owningTaskForces, IEnumerable<Region> sharedRegions)
    {
        var routes = new List<string> { Mcg };
        if (sectors.Count >= 3 || severity == Severity.High) routes.Add(CoCo);
        routes.AddRange(owningTaskForces.Distinct().Order(StringComparer.Ordinal).Select(TaskForceRoute));
        routes.AddRange(sharedRegions.Where(r => r != Region.GLOBAL).Distinct().Order().Select(RegionRoute));
        return [.. routes];
    }
}
