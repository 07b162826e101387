using System.Security.Claims;

namespace Coordination.Silo.Activities;

/// <summary>Typed links between activities, written on both sides (each in its own direction).</summary>
public sealed class ActivityLinking(IGrainFactory grains, TimeProvider clock)
{
    public Task<ActivityLink[]> ListAsync(string activityId) => grains.GetGrain<IActivityLinksGrain>(activityId).ListAsync();

    /// <summary>Whether the user may link (or unlink) activities of these sectors: the web UI shows the actions only then.</summary>
    public static bool CanLink(ClaimsPrincipal user, Sector? a, Sector? b) => AccessRules.CanLinkActivities(user.ToCaller(), a, b);

    /// <summary>Whether the user may link an activity of <paramref name="sector"/> to some other: at least to one of the user's own sector.</summary>
    public static bool CanLinkFrom(ClaimsPrincipal user, Sector sector) =>
        user.ToCaller() is var caller && AccessRules.CanLinkActivities(caller, sector, caller.Sector);

    public async Task<CommandResult<ActivityLink>> LinkAsync(ClaimsPrincipal user, string fromId, string? typeName, string? toId)
    {
        if (!EnumCodes.TryParse<LinkType>(typeName, out var type))
            return CommandResult<ActivityLink>.Invalid("type", $"Unknown link type '{typeName}'. Expected one of: {EnumCodes.Expected<LinkType>()}.");
        if (string.IsNullOrWhiteSpace(toId) || toId == fromId)
            return CommandResult<ActivityLink>.Invalid("target", $"Name another activity to link to.");
        var (from, to) = (await grains.GetGrain<IActivityGrain>(fromId).GetAsync(), await grains.GetGrain<IActivityGrain>(toId).GetAsync());
        if (from is null) return CommandResult<ActivityLink>.NotFound($"There is no activity '{fromId}'.");
        if (to is null) return CommandResult<ActivityLink>.Invalid("target", $"There is no activity '{toId}'.");
        if (!CanLink(user, from.Sector, to.Sector))
            return CommandResult<ActivityLink>.Forbidden($"Only coordinators or task-force members of {from.Sector} or {to.Sector} can link these activities.");
        var link = await AddBothAsync(from, type, to, user.UserId(), taskForce: null, alertId: null);
        return CommandResult<ActivityLink>.Created(link);
    }

    public async Task<CommandResult<ActivityLink>> UnlinkAsync(ClaimsPrincipal user, string fromId, string? typeName, string toId)
    {
        if (!EnumCodes.TryParse<LinkType>(typeName, out var type))
            return CommandResult<ActivityLink>.Invalid("type", $"Unknown link type '{typeName}'. Expected one of: {EnumCodes.Expected<LinkType>()}.");
        var links = await ListAsync(fromId);
        if (links.FirstOrDefault(l => l.Type == type && l.OtherId == toId) is not { } link)
            return CommandResult<ActivityLink>.NotFound($"Activity '{fromId}' has no {type} link to '{toId}'.");
        var (from, to) = (await grains.GetGrain<IActivityGrain>(fromId).GetAsync(), await grains.GetGrain<IActivityGrain>(toId).GetAsync());
        if (!CanLink(user, from?.Sector, to?.Sector))
            return CommandResult<ActivityLink>.Forbidden($"Only coordinators or task-force members of either activity's sector can remove this link.");
        await grains.GetGrain<IActivityLinksGrain>(fromId).RemoveAsync(type, toId);
        await grains.GetGrain<IActivityLinksGrain>(toId).RemoveAsync(ActivityLink.Reverse(type), fromId);
        return CommandResult<ActivityLink>.Ok(link);
    }

    /// <summary>After a Coordinate or Merge decision on two activities: complementary under the task force, or the same work.</summary>
    public async Task LinkPairAsync(Alert alert, string actor)
    {
        var type = alert.Resolution == AlertResolution.Merge ? LinkType.SameAs : LinkType.Complementary;
        var sides = await Task.WhenAll(alert.ItemIds.Take(2).Select(id => grains.GetGrain<IActivityGrain>(id).GetAsync()));
        if (sides is [{ } a, { } b]) await AddBothAsync(a, type, b, actor, alert.CoordinatingTaskForce, alert.Id);
    }

    private async Task<ActivityLink> AddBothAsync(Activity from, LinkType type, Activity to, string actor, string? taskForce, string? alertId)
    {
        var now = clock.GetUtcNow();
        var link = new ActivityLink(type, to.Id, to.Title, actor, now, taskForce, alertId);
        // Idempotent on both sides: a retry after a failure in between completes the pair.
        await grains.GetGrain<IActivityLinksGrain>(from.Id).AddAsync(link);
        await grains.GetGrain<IActivityLinksGrain>(to.Id).AddAsync(new ActivityLink(ActivityLink.Reverse(type), from.Id, from.Title, actor, now, taskForce, alertId));
        return link;
    }
}
