using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Coordination.Silo.Events;

/// <summary>
/// One event created, changed or deleted by a user, for the API and the event form alike: the event, and what the draft
/// would make it, must be in the user's scope; a change names the version it was made on, so a concurrent one is refused.
/// </summary>
public sealed class EventEditing(IGrainFactory grains, IAuthorizationService authorization)
{
    /// <summary>Who may create events at all; each event must then be in their region and sectors.</summary>
    public static bool CanCreate(ClaimsPrincipal user) => EventCalendars.CanImport(user);

    /// <summary>The region and sectors a draft would put the event in; null when the draft names no region (validation says so).</summary>
    public static EventScope? ScopeOf(EventDraft draft)
    {
        if (EventRules.ResolveRegion(draft) is not { } region) return null;
        var sectors = (draft.OrganisingSectors ?? []).Select(s => EnumCodes.TryParse<Sector>(s, out var p) ? p : (Sector?)null).OfType<Sector>().ToArray();
        return new EventScope(region, sectors);
    }

    public Task<Event?> GetAsync(string id) => grains.GetGrain<IEventGrain>(id).GetAsync();

    public async Task<bool> MayEditAsync(ClaimsPrincipal user, Event stored) =>
        (await authorization.AuthorizeAsync(user, new EventScope(stored.Region, stored.OrganisingSectors), EditRequirement.Instance)).Succeeded;

    public async Task<CommandResult<Event>> CreateAsync(ClaimsPrincipal user, EventDraft draft)
    {
        if (await RefuseAsync(user, ScopeOf(draft)) is { } refused) return refused;
        var id = string.IsNullOrWhiteSpace(draft.Id) ? Identifiers.New("evt") : draft.Id.Trim();
        return await grains.GetGrain<IEventGrain>(id).CreateAsync(draft with { Id = id }, user.UserId());
    }

    /// <summary>Replaces the event as it was at <paramref name="expectedVersion"/>; a Conflict when it changed since.</summary>
    public async Task<CommandResult<Event>> UpdateAsync(ClaimsPrincipal user, string id, EventDraft draft, int expectedVersion)
    {
        var grain = grains.GetGrain<IEventGrain>(id);
        if (await grain.GetAsync() is not { } current) return CommandResult<Event>.NotFound($"There is no event with id '{id}'.");
        if (await RefuseAsync(user, new EventScope(current.Region, current.OrganisingSectors)) is { } refused) return refused;
        if (await RefuseAsync(user, ScopeOf(draft)) is { } outside) return outside;
        return await grain.UpdateAsync(draft with { Id = id }, expectedVersion, user.UserId());
    }

    public async Task<CommandResult<Event>> DeleteAsync(ClaimsPrincipal user, string id, int expectedVersion)
    {
        var grain = grains.GetGrain<IEventGrain>(id);
        if (await grain.GetAsync() is not { } current) return CommandResult<Event>.NotFound($"There is no event with id '{id}'.");
        if (await RefuseAsync(user, new EventScope(current.Region, current.OrganisingSectors)) is { } refused) return refused;
        return await grain.DeleteAsync(expectedVersion, user.UserId());
    }

    private async Task<CommandResult<Event>?> RefuseAsync(ClaimsPrincipal user, EventScope? scope) =>
        scope is null || (await authorization.AuthorizeAsync(user, scope, EditRequirement.Instance)).Succeeded
            ? null
            : CommandResult<Event>.Forbidden(scope.Refusal);
}
