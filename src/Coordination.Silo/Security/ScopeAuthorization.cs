using Microsoft.AspNetCore.Authorization;

namespace Coordination.Silo.Security;

public static class Policies
{
    public const string Admin = "Admin";
    /// <summary>Coordinators and administrators: those who hand alerts to people.</summary>
    public const string Coordinators = "Coordinators";
}

/// <summary>What a change touches; the handler decides with <see cref="AccessRules"/>.</summary>
public abstract record EditScope
{
    /// <summary>Said to the user when refused; the API words it in the caller's language.</summary>
    public abstract FormattableString Refusal { get; }
}

public sealed record ActivityScope(Sector Sector) : EditScope
{
    public override FormattableString Refusal => $"Only task-force members of {Sector} (or an administrator) can change {Sector}'s activities.";
}

public sealed record EventScope(Region Region, Sector[] OrganisingSectors) : EditScope
{
    public override FormattableString Refusal =>
        $"Only the regional director of {Region}, task-force members of {string.Join("/", OrganisingSectors)} or an administrator can change this event.";
}

public sealed record NewTopicScope : EditScope
{
    public override FormattableString Refusal => $"Only task-force members, coordinators or administrators can register topics.";
}

public sealed record TopicScope(string TopicId, string[] OwningTaskForces) : EditScope
{
    public override FormattableString Refusal => $"Only coordinators or members of a task force owning '{TopicId}' can change it.";
}

public sealed record NewTaskForceScope : EditScope
{
    public override FormattableString Refusal => $"Only coordinators (the ISC-TF) or administrators convene task forces.";
}

public sealed record TaskForceScope(string TaskForceId) : EditScope
{
    public override FormattableString Refusal => $"Only coordinators or members of '{TaskForceId}' can change it.";
}

/// <summary>A change to a task force's topics, members or lead sector.</summary>
public sealed record TaskForceCompositionScope(string TaskForceId) : EditScope
{
    public override FormattableString Refusal => $"Only coordinators or administrators change the topics, members or lead sector of '{TaskForceId}'.";
}

public sealed record AlertScope(string AlertId, Region[] Regions, Sector[] Sectors) : EditScope
{
    public override FormattableString Refusal
    {
        get
        {
            if (Sectors.Length > 1) return $"Alert '{AlertId}' involves several sectors ({string.Join(", ", Sectors)}): only coordinators can resolve it.";
            return $"Only coordinators or the regional director of {string.Join("/", Regions)} can resolve alert '{AlertId}'.";
        }
    }
}

/// <summary>The single requirement of resource-based checks: "may edit this scope".</summary>
public sealed class EditRequirement : IAuthorizationRequirement
{
    public static readonly EditRequirement Instance = new();
}

public sealed class ScopeAuthorizationHandler : AuthorizationHandler<EditRequirement, EditScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EditRequirement requirement, EditScope scope)
    {
        var caller = context.User.ToCaller();
        var allowed = scope switch
        {
            ActivityScope s => AccessRules.CanEditActivity(caller, s.Sector),
            EventScope s => AccessRules.CanEditEvent(caller, s.Region, s.OrganisingSectors),
            NewTopicScope => AccessRules.CanCreateTopic(caller),
            TopicScope s => AccessRules.CanEditTopic(caller, s.OwningTaskForces),
            NewTaskForceScope => AccessRules.CanCreateTaskForce(caller),
            TaskForceScope s => AccessRules.CanEditTaskForce(caller, s.TaskForceId),
            TaskForceCompositionScope => AccessRules.CanChangeTaskForceComposition(caller),
            AlertScope s => AccessRules.CanResolveAlert(caller, s.Regions, s.Sectors),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
