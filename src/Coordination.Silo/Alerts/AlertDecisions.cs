using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Coordination.Silo.Alerts;

/// <summary>
/// The actions on an alert, for the API and the web UI alike, so both refuse exactly the same people:
/// deciding, acknowledging and assigning follow <see cref="Domain.Access.AccessRules.CanResolveAlert"/>;
/// any signed-in user may comment.
/// </summary>
public sealed class AlertDecisions(IGrainFactory grains, IAuthorizationService authorization, ActivityLinking links, PeopleRegistry people)
{
    public Task<CommandResult<Alert>> AcknowledgeAsync(ClaimsPrincipal user, string id) =>
        DecideAsync(user, id, (grain, _) => grain.AcknowledgeAsync(user.UserId()));

    /// <summary>Hands the alert to a person the platform knows (<see cref="PeopleRegistry"/>); an empty assignee takes it back.</summary>
    public Task<CommandResult<Alert>> AssignAsync(ClaimsPrincipal user, string id, string? assignee) =>
        DecideAsync(user, id, async (grain, _) =>
        {
            if (string.IsNullOrWhiteSpace(assignee)) return await grain.AssignAsync(null, user.UserId());
            if (await people.FindAsync(assignee) is not { } person)
                return CommandResult<Alert>.Invalid("assignee",
                    $"There is no person '{assignee.Trim()}' on the platform. Assign to a person's id as GET /api/people lists them (people are known once they have signed in).");
            return await grain.AssignAsync(person.Id, user.UserId());
        });

    public async Task<CommandResult<Alert>> CommentAsync(ClaimsPrincipal user, string id, string? text)
    {
        var grain = grains.GetGrain<IAlertGrain>(id);
        if (await grain.GetAsync() is null) return NotFound(id);
        return await grain.CommentAsync(text ?? "", user.UserId());
    }

    /// <summary>The resolutions a person can choose: every one but Withdrawn.</summary>
    private static readonly string Chosen =
        string.Join(", ", Enum.GetNames<AlertResolution>().Where(n => n != nameof(AlertResolution.Withdrawn)));

    /// <summary>
    /// Decides the alert. For two activities, Coordinate links them as complementary under the named task force
    /// and Merge links them as the same work.
    /// </summary>
    public Task<CommandResult<Alert>> ResolveAsync(ClaimsPrincipal user, string id, string? resolutionName, string? reason, string? taskForce) =>
        DecideAsync(user, id, async (grain, alert) =>
        {
            if (!EnumCodes.TryParse<AlertResolution>(resolutionName, out var resolution) || resolution == AlertResolution.Withdrawn)
                return CommandResult<Alert>.Invalid("resolution", 
                    $"Unknown resolution '{resolutionName}'. Expected one of: {Chosen} (Withdrawn is set by the platform when a side is deleted).");
            taskForce = string.IsNullOrWhiteSpace(taskForce) ? null : taskForce.Trim();
            if (taskForce is not null && !Identifiers.IsValid(taskForce))
                return CommandResult<Alert>.Invalid("taskForce", 
                    $"taskForce is not a task force id. Identifiers are 1 to 64 lower-case letters, digits or hyphens, not starting or ending with a hyphen.");
            var linksActivities = alert.Kind == AlertKeys.ActivityOverlap;
            if (resolution == AlertResolution.Coordinate && linksActivities)
            {
                if (taskForce is null)
                    return CommandResult<Alert>.Invalid("taskForce", $"Name the task force under which both activities are coordinated.");
                if (await grains.GetGrain<ITaskForceGrain>(taskForce).GetAsync() is null)
                    return CommandResult<Alert>.Invalid("taskForce", $"There is no task force '{taskForce}'.");
            }
            var result = await grain.ResolveAsync(resolution, reason, user.UserId(), taskForce);
            if (result is { Succeeded: true, Value: { } resolved } && linksActivities && resolution != AlertResolution.NotDuplicate)
                await links.LinkPairAsync(resolved, user.UserId());
            return result;
        });

    private async Task<CommandResult<Alert>> DecideAsync(ClaimsPrincipal user, string id, Func<IAlertGrain, Alert, Task<CommandResult<Alert>>> action)
    {
        var grain = grains.GetGrain<IAlertGrain>(id);
        if (await grain.GetAsync() is not { } alert) return NotFound(id);
        if (!await CanDecideAsync(user, alert)) return CommandResult<Alert>.Forbidden(ScopeOf(alert).Refusal);
        return await action(grain, alert);
    }

    /// <summary>Whether the user may decide the alert: the web UI shows the actions only then.</summary>
    public async Task<bool> CanDecideAsync(ClaimsPrincipal user, Alert alert) =>
        (await authorization.AuthorizeAsync(user, ScopeOf(alert), EditRequirement.Instance)).Succeeded;

    /// <summary>What the access rules judge a decision on; its refusal says who may decide instead.</summary>
    public static AlertScope ScopeOf(Alert alert) => new(alert.Id, alert.Regions, alert.Sectors);

    private static CommandResult<Alert> NotFound(string id) => CommandResult<Alert>.NotFound($"There is no alert '{id}'.");
}
