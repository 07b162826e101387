namespace Coordination.Domain.Access;

public static class Roles
{
    public const string TaskForceMember = "TaskForceMember";
    public const string Coordinator = "Coordinator";
    public const string RegionalDirector = "RegionalDirector";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [TaskForceMember, Coordinator, RegionalDirector, Admin];
}

/// <summary>Who is asking: the parts of a signed-in user that the access rules look at.</summary>
public sealed record Caller(string UserId, IReadOnlySet<string> Roles, Sector? Sector, Region? Region, IReadOnlySet<string> TaskForces)
{
    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>
/// Who may change what. Reading is open to every signed-in user: the point of the platform is that
/// the sectors see each other's work.
/// </summary>
public static class AccessRules
{
    /// <summary>Task-force members edit their own sector's activities.</summary>
    public static bool CanEditActivity(Caller caller, Sector sector) =>
        caller.Is(Roles.Admin) || (caller.Is(Roles.TaskForceMember) && caller.Sector == sector);

    /// <summary>
    /// Task-force members register activities (for their own sector, see <see cref="CanEditActivity"/>); coordinators
    /// and regional directors follow them from the dashboards instead.
    /// </summary>
    public static bool CanRegisterActivity(Caller caller) => caller.Is(Roles.Admin) || caller.Is(Roles.TaskForceMember);

    /// <summary>A regional director edits the events of the region; task-force members those their sector organises.</summary>
    public static bool CanEditEvent(Caller caller, Region region, IEnumerable<Sector> organisingSectors) =>
        caller.Is(Roles.Admin)
        || (caller.Is(Roles.RegionalDirector) && caller.Region == region)
        || (caller.Is(Roles.TaskForceMember) && caller.Sector is { } s && organisingSectors.Contains(s));

    public static bool CanCreateTopic(Caller caller) =>
        caller.Is(Roles.Admin) || caller.Is(Roles.Coordinator) || caller.Is(Roles.TaskForceMember);

    /// <summary>Coordinators, or members of a task force that owns the topic.</summary>
    public static bool CanEditTopic(Caller caller, IEnumerable<string> owningTaskForces) =>
        caller.Is(Roles.Admin) || caller.Is(Roles.Coordinator)
        || (caller.Is(Roles.TaskForceMember) && owningTaskForces.Any(caller.TaskForces.Contains));

    /// <summary>The ISC-TF (coordinators) convenes task forces.</summary>
    public static bool CanCreateTaskForce(Caller caller) => caller.Is(Roles.Admin) || caller.Is(Roles.Coordinator);

    /// <summary>Members of a task force word its name and mandate; what it is made of is <see cref="CanChangeTaskForceComposition"/>.</summary>
    public static bool CanEditTaskForce(Caller caller, string taskForceId) =>
        CanCreateTaskForce(caller) || (caller.Is(Roles.TaskForceMember) && caller.TaskForces.Contains(taskForceId));

    /// <summary>
    /// A task force's topics, members and lead sector are decided by those who convene task forces: a member who
    /// could list a topic on her own task force would thereby own it, and could edit it.
    /// </summary>
    public static bool CanChangeTaskForceComposition(Caller caller) => CanCreateTaskForce(caller);

    /// <summary>
    /// Coordinators decide every alert; a regional director decides those that stay within one sector and
    /// within the director's region (MCG and MCG+ alerts that involve several sectors are the committees').
    /// </summary>
    public static bool CanResolveAlert(Caller caller, IReadOnlyCollection<Region> regions, IReadOnlyCollection<Sector> sectors) =>
        caller.Is(Roles.Admin) || caller.Is(Roles.Coordinator)
        || (caller.Is(Roles.RegionalDirector) && caller.Region is { } own && sectors.Count <= 1
            && regions.Count > 0 && regions.All(r => r == own));

    /// <summary>Coordinators, or task-force members of either activity's sector, link two activities.</summary>
    public static bool CanLinkActivities(Caller caller, Sector? a, Sector? b) =>
        caller.Is(Roles.Admin) || caller.Is(Roles.Coordinator)
        || (caller.Is(Roles.TaskForceMember) && caller.Sector is { } own && (own == a || own == b));

    public static bool CanAdminister(Caller caller) => caller.Is(Roles.Admin);
}
