using System.Security.Claims;

namespace Coordination.Silo.Web;

/// <summary>Which dashboards a user is offered, and which one opens first.</summary>
public static class DashboardRoutes
{
    public static IReadOnlyList<string> Committees { get; } = [AlertKeys.Mcg, AlertKeys.McgPlus, AlertKeys.CoCo];

    /// <summary>Every dashboard, committees first, then the regions', then the task forces' by name; each named in the reader's language.</summary>
    public static IEnumerable<(string Route, string Label)> For(IReadOnlyDictionary<string, string> taskForces, Labels labels) =>
        Committees
            .Concat(Enum.GetValues<Region>().Where(r => r != Region.GLOBAL).Select(AlertKeys.RegionRoute))
            .Concat(taskForces.OrderBy(t => t.Value, StringComparer.CurrentCulture).Select(t => AlertKeys.TaskForceRoute(t.Key)))
            .Select(route => (route, labels.Route(route, taskForces)));

    /// <summary>A regional director starts on the region's dashboard, a task-force member on the first task force's, others on the MCG's.</summary>
    public static string DefaultFor(ClaimsPrincipal user)
    {
        var caller = user.ToCaller();
        if (caller.Is(Roles.RegionalDirector) && caller.Region is { } region) return AlertKeys.RegionRoute(region);
        if (caller.Is(Roles.TaskForceMember) && caller.TaskForces.Order(StringComparer.Ordinal).FirstOrDefault() is { } taskForce) return AlertKeys.TaskForceRoute(taskForce);
        return AlertKeys.Mcg;
    }
}
