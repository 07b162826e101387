using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Coordination.Silo.Web.Components.Pages;

public partial class RegisterActivity
{
    /// <summary>Long enough that a check runs when the user pauses, not at every keystroke.</summary>
    private static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(400);

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

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

    /// <summary>The fields of the form; a message about anything else goes to the summary.</summary>
    private static readonly HashSet<string> FormFields =
        ["sector", "kind", "language", "status", "title", "description", "keywords", "topics", "thematicPriority", "countries", "startDate", "endDate", "regions", "linkType", "linkTarget"];

    protected override async Task OnInitializedAsync()
    {
        user = (await AuthenticationState).User;
        var allowed = await Registration.SectorsForAsync(user);
        if (allowed.Length > 0)
        {
            sector = (user.ToCaller().Sector is { } own && allowed.Contains(own) ? own : allowed[0]).ToString();
            var topicCatalog = Grains.GetGrain<ITopicCatalogGrain>(0).ListAsync();
            var priorityCatalog = Grains.GetGrain<IThematicPriorityCatalogGrain>(0).ListAsync();
            topics = (await topicCatalog).OrderBy(t => t.Value, StringComparer.CurrentCultureIgnoreCase).Select(t => (t.Key, t.Value)).ToList();
            priorities = (await priorityCatalog).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToArray();
        }
        sectors = allowed;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary) return;
        focusSummary = false;
        await summaryElement.FocusAsync();
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

    /// <summary>Checks the draft once the user has paused for <see cref="CheckDelay"/>; each change restarts the wait.</summary>
    private async Task ScheduleCheckAsync()
    {
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
        matches = found.Value ?? [];
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
            var result = await Registration.RegisterAsync(user, Draft(), link);
            if (result is { Succeeded: true, Value: { } activity })
            {
                pendingCheck?.Cancel();
                Navigation.NavigateTo(PageUrls.Activity(activity.Id));
                return;
            }
            errors = result.Errors;
            summary = result.Outcome == CommandOutcome.Invalid ? T["NotSaved.Invalid"] : T["NotSaved", Problem(result.Message)];
            focusSummary = true;
        }
        finally
        {
            saving = false;
        }
    }

    public void Dispose() => pendingCheck?.Cancel();
}
