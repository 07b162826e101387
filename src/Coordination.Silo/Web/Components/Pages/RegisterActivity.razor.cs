// Long because one form registers and edits an activity, with its live check, its errors and the edit's version rule.
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Coordination.Silo.Web.Components.Pages;

public partial class RegisterActivity
{
    /// <summary>Long enough that a check runs when the user pauses, not at every keystroke.</summary>
    private static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(400);

    /// <summary>The activity being edited; none when registering a new one.</summary>
    [Parameter] public string? Id { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private bool Editing => Id is not null;

    private System.Security.Claims.ClaimsPrincipal user = new();
    private Sector[]? sectors;
    private List<(string Id, string Name)> topics = [];
    private ThematicPriority[] priorities = [];

    private string sector = "";
    private string kind = "";
    private string title = "";
    private string description = "";
    private string language = "en";
    private string keywords = "";
    private readonly HashSet<string> selectedTopics = [];
    private string priority = "";
    private readonly HashSet<Region> selectedRegions = [];
    private string countries = "";
    private DateOnly? startDate;
    private DateOnly? endDate;
    private string status = nameof(ActivityStatus.Planned);
    private string linkType = nameof(LinkType.Complementary);
    private string linkTarget = "";

    private OverlapMatch[] matches = [];
    private bool checking;
    private string checkStatus = "";
    private CancellationTokenSource? pendingCheck;

    private Dictionary<string, string[]>? errors;
    private string? summary;
    private ElementReference summaryElement;
    private bool focusSummary;
    private bool saving;
    private bool summaryFromFields;

    /// <summary>The version the form was filled from: the edit saves over it, and over nothing newer.</summary>
    private Activity? opened;
    private string? editRefusal;
    private bool conflictShown;
    /// <summary>What is stored now that the save was refused for a newer version; null when it was withdrawn meanwhile.</summary>
    private Activity? changedSinceOpened;
    private ElementReference conflictElement;
    private bool focusConflict;

    private readonly Dictionary<string, ElementReference> fieldRefs = [];
    private readonly Dictionary<string, ElementReference> topicBoxes = [];
    private readonly Dictionary<Region, ElementReference> regionBoxes = [];

    /// <summary>The fields of the form in the order they appear; a message about anything else goes to the summary.</summary>
    private static readonly string[] FormFieldOrder =
        ["sector", "kind", "language", "status", "title", "description", "keywords", "topics", "thematicPriority", "countries", "startDate", "endDate", "regions", "linkType", "linkTarget"];

    private static readonly HashSet<string> FormFields = [.. FormFieldOrder];

    /// <summary>The fields whose rules the form applies itself as they change; the link's are the server's (the target must exist).</summary>
    private static readonly HashSet<string> CheckedAsTyped = [.. FormFieldOrder.Except(["linkType", "linkTarget"])];

    protected override async Task OnInitializedAsync()
    {
        user = (await AuthenticationState).User;
        if (Editing)
        {
            opened = await Grains.GetGrain<IActivityGrain>(Id!).GetAsync();
            if (opened is null) editRefusal = T["Edit.NotFound", Id!];
            else if (!await Changes.MayChangeAsync(user, opened)) editRefusal = T["Edit.Refused", Labels.Sector(opened.Sector)];
            if (editRefusal is not null)
            {
                sectors = [];
                return;
            }
        }
        var allowed = await Registration.SectorsForAsync(user);
        if (allowed.Length > 0)
        {
            sector = (user.ToCaller().Sector is { } own && allowed.Contains(own) ? own : allowed[0]).ToString();
            var topicCatalog = Grains.GetGrain<ITopicCatalogGrain>(0).ListAsync();
            var priorityCatalog = Grains.GetGrain<IThematicPriorityCatalogGrain>(0).ListAsync();
            topics = (await topicCatalog).OrderBy(t => t.Value, StringComparer.CurrentCultureIgnoreCase).Select(t => (t.Key, t.Value)).ToList();
            priorities = (await priorityCatalog).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToArray();
        }
        if (opened is not null) Fill(opened);
        sectors = allowed;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // An edit shows at once what the stored activity overlaps; a new one waits for something typed.
        if (firstRender && Editing && opened is not null) await ScheduleCheckAsync();
        if (focusConflict)
        {
            focusConflict = false;
            await conflictElement.FocusAsync();
        }
        if (!focusSummary) return;
        focusSummary = false;
        await (FirstInvalidField() ?? summaryElement).FocusAsync();
    }

    /// <summary>The first field marked invalid, in the order of the form (a group by its first box), for the focus after a failed save.</summary>
    private ElementReference? FirstInvalidField()
    {
        var field = FormFieldOrder.FirstOrDefault(f => errors?.ContainsKey(f) == true);
        return field switch
        {
            null => null,
            "topics" => topics.Count > 0 && topicBoxes.TryGetValue(topics[0].Id, out var box) ? box : null,
            "regions" => regionBoxes.TryGetValue(Enum.GetValues<Region>()[0], out var box) ? box : null,
            _ => fieldRefs.TryGetValue(field, out var input) ? input : null,
        };
    }

    /// <summary>Fills the form from a stored activity; its unit and targets, which the form does not show, are kept as they are.</summary>
    private void Fill(Activity activity)
    {
        opened = activity;
        sector = activity.Sector.ToString();
        kind = activity.Kind.ToString();
        title = activity.Title;
        description = activity.Description;
        language = activity.Language;
        keywords = string.Join(", ", activity.Keywords);
        selectedTopics.Clear();
        selectedTopics.UnionWith(activity.Topics);
        priority = activity.ThematicPriority ?? "";
        selectedRegions.Clear();
        selectedRegions.UnionWith(activity.Regions);
        countries = string.Join(", ", activity.Countries);
        startDate = activity.StartDate;
        endDate = activity.EndDate;
        status = activity.Status.ToString();
    }

    /// <summary>Replaces what was typed by the version stored now, which the next save is checked against.</summary>
    private async Task ReloadAsync()
    {
        if (await Grains.GetGrain<IActivityGrain>(Id!).GetAsync() is not { } current)
        {
            changedSinceOpened = null;
            return;
        }
        Fill(current);
        (errors, summary, summaryFromFields, conflictShown, changedSinceOpened) = (null, null, false, false, null);
        await ScheduleCheckAsync();
    }

    private string Refusal
    {
        get
        {
            var caller = user.ToCaller();
            if (caller.Is(Roles.Coordinator)) return T["Refusal.Coordinator"];
            if (caller.Is(Roles.RegionalDirector)) return T["Refusal.RegionalDirector"];
            if (ActivityRegistration.MayRegister(user)) return T["Refusal.NoSector"];
            // The page's own wording of ActivityRegistration.Refusal, which the API sends.
            return T["Refusal.Other"];
        }
    }

    private string EmptyText => ActivityRegistration.CanCheck(Draft()) ? T["Empty.NoneFound"] : T["Empty.TypeSomething"];

    /// <summary>
    /// A message of the registration's rules (FieldRules, access), shown as they word it: the one place that renders
    /// them, to switch when they come structured (ProblemText) in the reader's language.
    /// </summary>
    private static string Problem(string? message) => message ?? "";

    private IEnumerable<string> OtherErrors => (errors ?? []).Where(e => !FormFields.Contains(e.Key)).SelectMany(e => e.Value);

    private ActivityDraft Draft() => new()
    {
        Id = Id,
        Unit = opened?.Unit,
        Targets = opened?.Targets,
        Sector = sector,
        Kind = kind.Length == 0 ? null : kind,
        Title = title,
        Description = description,
        Language = language,
        Keywords = List(keywords),
        Topics = [.. selectedTopics],
        ThematicPriority = priority.Length == 0 ? null : priority,
        Regions = selectedRegions.Select(r => r.ToString()).ToArray(),
        Countries = List(countries),
        StartDate = startDate,
        EndDate = endDate,
        Status = status,
    };

    /// <summary>A trailing or doubled comma is a slip, not an empty keyword.</summary>
    private static string[] List(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private Task ToggleAsync<T>(HashSet<T> set, T item, ChangeEventArgs e)
    {
        if (e.Value is true) set.Add(item);
        else set.Remove(item);
        return ScheduleCheckAsync();
    }

    /// <summary>
    /// After a change, the errors still shown are those the form's values still have: a corrected field's message goes
    /// at once, a field not yet marked is not marked while typing, and a remaining one says what is wrong now.
    /// </summary>
    private void Revalidate()
    {
        if (errors is null) return;
        var known = new KnownReferences(topics.Select(t => t.Id).ToHashSet(), priorities.Select(p => p.Code).ToHashSet());
        var now = ActivityRules.Validate(Id ?? "act-check", Draft(), known, Audit.New(user.UserId(), DateTimeOffset.UnixEpoch)).Errors;
        var shown = errors;
        errors = shown.Where(e => !CheckedAsTyped.Contains(e.Key)).Concat(now.Where(e => shown.ContainsKey(e.Key))).ToDictionary();
        SettleSummary();
    }

    /// <summary>A field whose rule only the server applies is taken as corrected once it changes.</summary>
    private void Corrected(string field)
    {
        if (errors is null || !errors.Remove(field)) return;
        SettleSummary();
    }

    /// <summary>"Correct the fields marked below" goes with the last marked field.</summary>
    private void SettleSummary()
    {
        if (errors is { Count: 0 }) errors = null;
        if (errors is null && summaryFromFields) (summary, summaryFromFields) = (null, false);
    }

    /// <summary>Checks the draft once the user has paused for <see cref="CheckDelay"/>; each change restarts the wait.</summary>
    private async Task ScheduleCheckAsync()
    {
        Revalidate();
        pendingCheck?.Cancel();
        var pending = pendingCheck = new CancellationTokenSource();
        try { await Task.Delay(CheckDelay, pending.Token); }
        catch (OperationCanceledException) { return; }

        checking = true;
        checkStatus = T["Checking"];
        StateHasChanged();
        var draft = Draft();
        CommandResult<OverlapMatch[]> found;
        try
        {
            found = await Registration.CheckAsync(draft);
        }
        catch (Exception)
        {
            // The check only advises: a failed one must not cost the user the form they are filling in.
            if (!pending.IsCancellationRequested) (checking, checkStatus) = (false, T["CheckFailed"]);
            return;
        }
        // A later change has its own check on the way: this one's result is already out of date.
        if (pending.IsCancellationRequested) return;
        checking = false;
        // A stored activity is not its own duplicate.
        matches = (found.Value ?? []).Where(m => m.ActivityId != Id).ToArray();
        if (matches.All(m => m.ActivityId != linkTarget)) linkTarget = matches.FirstOrDefault()?.ActivityId ?? "";
        var alerting = matches.Count(m => m.RaisesAlert);
        // Without a title or a description the empty list says what to type; a field beyond its limits is named.
        checkStatus = found.Errors is { Count: > 0 } errors && ActivityRegistration.CanCheck(draft) ? T["NotChecked", Problem(errors.Values.First()[0])]
            : matches.Length == 0 ? ""
            : matches.Length == 1 ? T["Found.One", Labels.Number(matches.Length), Labels.Number(alerting)]
            : T["Found.Other", Labels.Number(matches.Length), Labels.Number(alerting)];
    }

    private Task SaveAsync() => SubmitAsync(link: null);

    private Task SaveAndLinkAsync() => SubmitAsync(new NewLink(linkType, linkTarget));

    private async Task SubmitAsync(NewLink? link)
    {
        if (saving) return;
        saving = true;
        try
        {
            var result = Editing
                ? await Changes.UpdateAsync(user, Id!, Draft(), opened!.Audit.Version)
                : await Registration.RegisterAsync(user, Draft(), link);
            if (result is { Succeeded: true, Value: { } activity })
            {
                pendingCheck?.Cancel();
                Navigation.NavigateTo(PageUrls.Activity(activity.Id));
                return;
            }
            if (Editing && result.Outcome is CommandOutcome.Conflict or CommandOutcome.NotFound)
            {
                // Someone saved (or withdrew) it since the form was filled: say who, and never save over it.
                changedSinceOpened = await Grains.GetGrain<IActivityGrain>(Id!).GetAsync();
                (conflictShown, focusConflict, errors, summary) = (true, true, null, null);
                return;
            }
            errors = result.Errors;
            summaryFromFields = result.Outcome == CommandOutcome.Invalid;
            summary = summaryFromFields ? T["NotSaved.Invalid"] : T["NotSaved", Problem(result.Message)];
            focusSummary = true;
        }
        finally
        {
            saving = false;
        }
    }

    public void Dispose() => pendingCheck?.Cancel();
}
