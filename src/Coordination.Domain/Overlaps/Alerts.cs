using Coordination.Abstractions.Model;

namespace Coordination.Domain.Overlaps;

/// <summary>Identity and routing of duplication alerts.</summary>
public static class Alerts
{
    public const string Mcg = "MCG";
    public const string CoCo = "CoCo";

    /// <summary>One id per unordered pair, whichever side was checked: "a~b" with a &lt; b.</summary>
    public static string PairId(string first, string second) =>
        string.CompareOrdinal(first, second) < 0 ? $"{first}~{second}" : $"{second}~{first}";

    public static string TaskForceRoute(string taskForceId) => $"TF:{taskForceId}";

    public static string RegionRoute(Region region) => $"RD:{region}";

    /// <summary>Both sides' material hashes, in pair order: it changes when either side changes materially.</summary>
    public static string MaterialKey(OverlapProfile a, OverlapProfile b) =>
        string.CompareOrdinal(a.ActivityId, b.ActivityId) < 0 ? $"{a.MaterialHash}~{b.MaterialHash}" : $"{b.MaterialHash}~{a.MaterialHash}";

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
