using System.Security.Claims;

namespace Coordination.Silo.Web;

/// <summary>Which dashboards a user is offered, and which one opens first.</summary>
public static class DashboardRoutes
{
    public static IReadOnlyList<(string Route, string Label)> Committees { get; } =
    [
        (AlertKeys.Mcg, "MCG: Management Coordination Group"),
        (AlertKeys.McgPlus, "MCG+: with the regional directors"),
        (AlertKeys.CoCo, "CoCo: Coordination Committee"),
    ];

    public static IEnumerable<(string Route, string Label)> For(IReadOnlyDictionary<string, string> taskForces) =>
        Committees
            .Concat(Enum.GetValues<Region>().Where(r => r != Region.GLOBAL).Select(r => (AlertKeys.RegionRoute(r), $"Regional director: {r}")))
            .Concat(taskForces.OrderBy(t => t.Value, StringComparer.CurrentCulture).Select(t => (AlertKeys.TaskForceRoute(t.Key), $"Task force: {t.Value}")));

    /// <summary>A regional director starts on the region's dashboard, a task-force member on the first task force's, others on the MCG's.</summary>
    public static string DefaultFor(ClaimsPrincipal user)
    {
        var caller = user.ToCaller();
        if (caller.Is(Roles.RegionalDirector) && caller.Region is { } region) return AlertKeys.RegionRoute(region);
        if (caller.Is(Roles.TaskForceMember) && caller.TaskForces.Order(StringComparer.Ordinal).FirstOrDefault() is { } taskForce) return AlertKeys.TaskForceRoute(taskForce);
        return AlertKeys.Mcg;
    }
}
