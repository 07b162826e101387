using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Coordination.Silo.Activities;

/// <summary>
/// Changing and withdrawing a stored activity, for the API and the web UI alike: only those who may edit its sector
/// (<see cref="ActivityScope"/>), and, when it moves, the new sector too; and only from the version the person read,
/// so that a change saved by someone else in between is never overwritten unseen.
/// </summary>
public sealed class ActivityEditing(IGrainFactory grains, IAuthorizationService authorization)
{
    /// <summary>Whether the user may edit or withdraw <paramref name="activity"/>: the pages show the actions only then.</summary>
    public async Task<bool> MayChangeAsync(ClaimsPrincipal user, Activity activity) => await MayEditAsync(user, activity.Sector);

    /// <summary>Replaces the activity as of <paramref name="readVersion"/>; a conflict when it has changed since.</summary>
    public async Task<CommandResult<Activity>> UpdateAsync(ClaimsPrincipal user, string id, ActivityDraft draft, int readVersion)
    {
        var grain = grains.GetGrain<IActivityGrain>(id);
        if (await grain.GetAsync() is not { } current) return CommandResult<Activity>.NotFound($"There is no activity with id '{id}'.");
        if (!await MayEditAsync(user, current.Sector)) return CommandResult<Activity>.Forbidden(new ActivityScope(current.Sector).Refusal);
        if (EnumCodes.TryParse<Sector>(draft.Sector, out var sector) && !await MayEditAsync(user, sector))
            return CommandResult<Activity>.Forbidden(new ActivityScope(sector).Refusal);
        return await grain.UpdateAsync(draft with { Id = draft.Id ?? id }, readVersion, user.UserId());
    }

    /// <summary>Deletes the activity as of <paramref name="readVersion"/>; a conflict when it has changed since.</summary>
    public async Task<CommandResult<Activity>> WithdrawAsync(ClaimsPrincipal user, string id, int readVersion)
    {
        var grain = grains.GetGrain<IActivityGrain>(id);
        if (await grain.GetAsync() is not { } current) return CommandResult<Activity>.NotFound($"There is no activity with id '{id}'.");
        if (!await MayEditAsync(user, current.Sector)) return CommandResult<Activity>.Forbidden(new ActivityScope(current.Sector).Refusal);
        return await grain.DeleteAsync(readVersion, user.UserId());
    }

    private async Task<bool> MayEditAsync(ClaimsPrincipal user, Sector sector) =>
        (await authorization.AuthorizeAsync(user, new ActivityScope(sector), EditRequirement.Instance)).Succeeded;
}
