using System.Security.Claims;
using Coordination.Grains.Overlaps;
using Microsoft.AspNetCore.Authorization;

namespace Coordination.Silo.Activities;

/// <summary>The link "Save and link" makes from a new activity to an existing one.</summary>
public sealed record NewLink(string? Type, string? TargetId);

/// <summary>
/// Registering an activity, for the API and the web UI alike, so both refuse exactly the same people:
/// task-force members register (<see cref="AccessRules.CanRegisterActivity"/>), each for their own sector
/// (<see cref="ActivityScope"/>); administrators for any.
/// </summary>
public sealed class ActivityRegistration(IGrainFactory grains, IAuthorizationService authorization, ActivityLinking links, Lexicons lexicons, OverlapWording wording)
{
    public static readonly LocalizableText RefusalText =
        LocalizableText.Of($"Only task-force members (or an administrator) register activities; coordinators and regional directors follow them on the dashboards.");

    public static string Refusal => RefusalText.English;

    public static bool MayRegister(ClaimsPrincipal user) => AccessRules.CanRegisterActivity(user.ToCaller());

    /// <summary>The sectors the user may register activities for: none for coordinators and directors.</summary>
    public async Task<Sector[]> SectorsForAsync(ClaimsPrincipal user)
    {
        if (!MayRegister(user)) return [];
        var allowed = new List<Sector>();
        foreach (var sector in Enum.GetValues<Sector>())
            if (await MayEditAsync(user, sector)) allowed.Add(sector);
        return [.. allowed];
    }

    /// <summary>A check needs some text to compare; the structured fields alone would match half the registry.</summary>
    public static bool CanCheck(ActivityDraft draft) => !TextRules.IsBlank(draft.Title) || !TextRules.IsBlank(draft.Description);

    /// <summary>
    /// Check before launch: the existing activities the draft most likely duplicates, ranked and explained. Stores
    /// nothing. A draft beyond the registration's limits is refused before any of its text is analysed.
    /// </summary>
    public async Task<CommandResult<OverlapMatch[]>> CheckAsync(ActivityDraft draft)
    {
        if (ActivityRules.CheckableErrors(draft) is { Count: > 0 } errors) return CommandResult<OverlapMatch[]>.Invalid(errors);
        var profile = OverlapProfiles.OfDraft(draft, lexicons);
        return CommandResult<OverlapMatch[]>.Ok(await wording.WordAsync(await OverlapIndex.CheckAsync(grains, profile), OverlapWording.TextOf(draft), profile.Language));
    }

    /// <summary>
    /// Registers the draft (its id generated when not given) and, with <paramref name="link"/>, links it to an existing
    /// activity. The link is checked before anything is stored, so a bad link stores no activity either.
    /// </summary>
    public async Task<CommandResult<Activity>> RegisterAsync(ClaimsPrincipal user, ActivityDraft draft, NewLink? link = null)
    {
        if (!MayRegister(user)) return CommandResult<Activity>.Forbidden(RefusalText);
        if (EnumCodes.TryParse<Sector>(draft.Sector, out var sector) && !await MayEditAsync(user, sector))
            return CommandResult<Activity>.Forbidden(new ActivityScope(sector).Refusal);
        link = link is null ? null : link with { TargetId = link.TargetId?.Trim() };
        if (link is not null && await CheckLinkAsync(link) is { } badLink) return CommandResult<Activity>.Invalid(badLink);

        var id = string.IsNullOrWhiteSpace(draft.Id) ? Identifiers.New("act") : draft.Id.Trim();
        var created = await grains.GetGrain<IActivityGrain>(id).CreateAsync(draft with { Id = id }, user.UserId());
        // The registrant may edit the new activity's sector, so linking it is allowed; only a target deleted since the
        // check above fails it, and then the activity stays registered without the link.
        if (created is { Succeeded: true, Value: { } activity } && link is not null)
            await links.LinkAsync(user, activity.Id, link.Type, link.TargetId);
        return created;
    }

    private async Task<Dictionary<string, LocalizableText[]>?> CheckLinkAsync(NewLink link)
    {
        if (!EnumCodes.TryParse<LinkType>(link.Type, out _))
            return new() { ["linkType"] = [LocalizableText.Of($"Unknown link type '{link.Type}'. Expected one of: {EnumCodes.Expected<LinkType>()}.")] };
        if (string.IsNullOrWhiteSpace(link.TargetId))
            return new() { ["linkTarget"] = [LocalizableText.Of($"Choose the activity to link to.")] };
        if (await grains.GetGrain<IActivityGrain>(link.TargetId).GetAsync() is null)
            return new() { ["linkTarget"] = [LocalizableText.Of($"There is no activity '{link.TargetId}'.")] };
        return null;
    }

    private async Task<bool> MayEditAsync(ClaimsPrincipal user, Sector sector) =>
        (await authorization.AuthorizeAsync(user, new ActivityScope(sector), EditRequirement.Instance)).Succeeded;
}
