using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Coordination.Silo.Web.Components.Pages;

/// <summary>The fields the event form shows errors next to; others are listed at its top.</summary>
internal static class EventFields
{
    public static readonly HashSet<string> Shown =
        ["title", "description", "language", "kind", "status", "audience", "city", "country", "region", "timeZone", "start", "end", "organisingSectors", "topics"];
}

public partial class EventEditor
{
    [Parameter] public string? Id { get; set; }
    /// <summary>The calendar a new event is created from: its region for an online event.</summary>
    [SupplyParameterFromQuery(Name = "region")] public string? RegionParameter { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private EventEditing Editing { get; set; } = default!;
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private enum LoadState { Loading, Ready, Missing, NotAllowed }

    /// <summary>What changed meanwhile: the stored event now (null when deleted), and its fields that differ from the version edited.</summary>
    private sealed record Conflict(Event? Current, (string Field, string Value)[] Changes);

    private LoadState loadState;
    private PlannedEventForm form = new();
    private Region region = Region.AFR;
    private Event? stored;
    private IReadOnlyDictionary<string, string> topics = new Dictionary<string, string>();
    private Dictionary<string, string[]>? errors;
    private Conflict? conflict;
    private bool confirmingDelete;
    private bool busy;
    private string status = "";

    private Country? VenueCountry => Countries.TryGet(form.Country?.Trim() ?? "", out var country) ? country : null;

    private IReadOnlyList<CountryTimeZone> CountryZones => TimeZones.OfCountry(form.Country);

    /// <summary>Every zone a venue can be in, but those of the country, listed first.</summary>
    private IEnumerable<string> OtherZones => TimeZones.All.Where(z => !CountryZones.Any(c => c.ZoneId == z));

    private string ZoneHint => CountryZones.Count switch
    {
        0 => T["TimeZone.Any"],
        1 => T["TimeZone.One"],
        var n => T["TimeZone.Several", Labels.Number(n)],
    };

    private string CalendarUrl => stored is { } e && Id is not null
        ? CalendarOf(e.Region, DateOnly.FromDateTime(e.Start), e.Id)
        : $"/calendar/{region}";

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        topics = await Grains.GetGrain<ITopicCatalogGrain>(0).ListAsync();
        var caller = user.ToCaller();
        if (Id is null)
        {
            region = EnumCodes.TryParse<Region>(RegionParameter, out var r) ? r : caller?.Region ?? Region.AFR;
            form.TimeZone = "UTC";
            if (caller?.Sector is { } own) form.Sectors.Add(own);
            loadState = EventEditing.CanCreate(user) ? LoadState.Ready : LoadState.NotAllowed;
            return;
        }
        stored = await Editing.GetAsync(Id);
        if (stored is null) loadState = LoadState.Missing;
        else if (!await Editing.MayEditAsync(user, stored)) (loadState, region) = (LoadState.NotAllowed, stored.Region);
        else Show(stored);
    }

    private void Show(Event e)
    {
        stored = e;
        form = PlannedEventForm.Of(e);
        region = e.Region;
        (errors, conflict, confirmingDelete, loadState) = (null, null, false, LoadState.Ready);
    }

    /// <summary>A new country brings its primary zone, unless the zone chosen is already one of its own.</summary>
    private void CountryChanged(ChangeEventArgs e)
    {
        form.Country = e.Value as string is { Length: > 0 } code ? code : null;
        if (VenueCountry is { } country)
        {
            region = country.Region;
            if (!TimeZones.IsIn(country.Code, form.TimeZone) && TimeZones.PrimaryOf(country.Code) is { } primary) form.TimeZone = primary;
        }
    }

    private string ZoneLabel(CountryTimeZone zone) => zone.Comment is { } comment ? T["TimeZone.Where", zone.ZoneId, comment] : zone.ZoneId;

    private static void Toggle<TValue>(HashSet<TValue> set, TValue value, bool on)
    {
        if (on) set.Add(value);
        else set.Remove(value);
    }

    private string Invalid(string field) => errors?.ContainsKey(field) == true ? "true" : "false";

    private async Task SaveAsync()
    {
        if (busy) return;
        busy = true;
        status = T["Status.Saving"];
        try
        {
            var user = (await AuthenticationState).User;
            var draft = form.ToDraft(region);
            var result = stored is { } opened
                ? await Editing.UpdateAsync(user, opened.Id, draft, opened.Audit.Version)
                : await Editing.CreateAsync(user, draft);
            await AnswerAsync(result, saved => Navigation.NavigateTo(CalendarOf(saved.Region, DateOnly.FromDateTime(saved.Start), saved.Id)));
        }
        finally { busy = false; }
    }

    private async Task DeleteAsync()
    {
        if (busy || stored is not { } opened) return;
        busy = true;
        status = T["Status.Deleting"];
        try
        {
            var result = await Editing.DeleteAsync((await AuthenticationState).User, opened.Id, opened.Audit.Version);
            await AnswerAsync(result, _ => Navigation.NavigateTo(CalendarOf(opened.Region, DateOnly.FromDateTime(opened.Start), null)));
        }
        finally { busy = false; confirmingDelete = false; }
    }

    private async Task AnswerAsync(CommandResult<Event> result, Action<Event> done)
    {
        errors = null;
        switch (result.Outcome)
        {
            case CommandOutcome.Ok or CommandOutcome.Created when result.Value is { } saved:
                status = T["Status.Saved"];
                done(saved);
                break;
            case CommandOutcome.Invalid:
                errors = form.Explain(result.Errors ?? [], FormText);
                status = T["Status.Invalid"];
                break;
            case CommandOutcome.Forbidden:
                status = T["NotAllowed"];
                break;
            default:
                // Changed or deleted since it was opened: show what is stored now and leave the user's values in the form.
                var current = Id is null ? null : await Editing.GetAsync(Id);
                conflict = new Conflict(current, current is null || stored is null ? [] : Differences(stored, current));
                status = T["Status.NotSaved"];
                break;
        }
    }

    /// <summary>The fields another user changed, with their values now.</summary>
    private (string, string)[] Differences(Event before, Event now)
    {
        var changes = new List<(string, string)>();
        void Add(bool changed, string field, string value) { if (changed) changes.Add((field, value)); }
        Add(before.Title != now.Title, T["Field.Title"], now.Title);
        Add(before.Kind != now.Kind, T["Field.Kind"], Labels.Kind(now.Kind));
        Add(before.Status != now.Status, T["Field.Status"], Labels.Status(now.Status));
        Add(before.Start != now.Start || before.End != now.End || before.TimeZone != now.TimeZone, T["Field.When"],
            T["AtVenue", Text.When(now.Start, now.End), now.TimeZone]);
        Add(before.City != now.City || before.Country != now.Country, T["Field.Where"], Text.Place(now.City, now.Country));
        Add(before.Region != now.Region, T["Field.Region"], Text.RegionName(now.Region));
        Add(!before.OrganisingSectors.SequenceEqual(now.OrganisingSectors), T["Field.Sectors"], Labels.Join(now.OrganisingSectors.Select(Labels.SectorShort)));
        Add(before.Description != now.Description, T["Field.Description"], now.Description);
        Add(!before.Topics.SequenceEqual(now.Topics), T["Field.Topics"], Labels.Join(now.Topics.Select(t => topics.GetValueOrDefault(t) ?? t)));
        Add(!before.Audience.SequenceEqual(now.Audience), T["Field.Audience"], string.Join(", ", now.Audience));
        Add(before.Language != now.Language, T["Field.Language"], Labels.Language(now.Language));
        return [.. changes];
    }

    /// <summary>Drops the user's values for the event as it is stored now.</summary>
    private void Reload()
    {
        if (conflict?.Current is { } current) Show(current);
        status = T["Status.Reloaded"];
    }

    private static string CalendarOf(Region region, DateOnly day, string? selected) =>
        $"/calendar/{region}?month={day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}" + (selected is null ? "" : $"&event={Uri.EscapeDataString(selected)}");
}
