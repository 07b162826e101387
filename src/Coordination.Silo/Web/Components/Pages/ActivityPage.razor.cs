using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Coordination.Silo.Web.Components.Pages;

public partial class ActivityPage
{
    [Parameter] public string Id { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ActivityHit? chosenTarget;

    private System.Security.Claims.ClaimsPrincipal user = new();
    private bool loaded;
    private string? shownId;
    private Activity? activity;
    private ActivityLink[] links = [];
    private Dictionary<string, Activity?> others = [];
    private OverlapMatch[] overlaps = [];
    /// <summary>The records of the programme this one replicates in other countries, itself included.</summary>
    private FamilyMember[] family = [];
    private Dictionary<string, string> topicNames = [];
    private Dictionary<string, string> taskForceNames = [];
    private string? priorityName;

    private string newLinkType = nameof(LinkType.Complementary);
    private Dictionary<string, string[]>? linkErrors;
    private string linkStatus = "";
    private bool busy;

    /// <summary>Whether the reader may edit or withdraw the activity (the API's rule), which shows the buttons.</summary>
    private bool mayChange;
    private bool confirmingWithdraw;
    private bool focusConfirm;
    private ElementReference confirmButton;
    /// <summary>Why the activity was not withdrawn; with <see cref="changedSinceRead"/> when someone changed it meanwhile.</summary>
    private string? changeRefusal;
    private Activity? changedSinceRead;
    private string? withdrawnTitle;

    private string EditUrl => PageUrls.Activity(Id) + "/edit";

    protected override async Task OnParametersSetAsync()
    {
        user = (await AuthenticationState).User;
        if (shownId != Id) (linkStatus, linkErrors, chosenTarget, withdrawnTitle, shownId) = ("", null, null, null, Id);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (confirmingWithdraw, changeRefusal, changedSinceRead) = (false, null, null);
        var grain = Grains.GetGrain<IActivityGrain>(Id);
        activity = await grain.GetAsync();
        mayChange = activity is not null && await Editing.MayChangeAsync(user, activity);
        if (activity is not null)
        {
            var duplicates = grain.FindOverlapsAsync();
            var topicCatalog = Grains.GetGrain<ITopicCatalogGrain>(0).ListAsync();
            var taskForceCatalog = Grains.GetGrain<ITaskForceCatalogGrain>(0).ListAsync();
            var priority = activity.ThematicPriority is { } code ? Grains.GetGrain<IThematicPriorityGrain>(code).GetAsync() : Task.FromResult<ThematicPriority?>(null);
            var members = ActivityFamilies.IdOf(activity) is { } familyId
                ? Grains.GetGrain<IActivityFamilyGrain>(familyId).GetMembersAsync()
                : Task.FromResult<FamilyMember[]>([]);
            await LoadLinksAsync();
            overlaps = await duplicates;
            family = await members;
            topicNames = await topicCatalog;
            taskForceNames = await taskForceCatalog;
            priorityName = (await priority)?.Name;
        }
        loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusConfirm) return;
        focusConfirm = false;
        await confirmButton.FocusAsync();
    }

    private void AskToWithdraw() => (confirmingWithdraw, focusConfirm, changeRefusal, changedSinceRead) = (true, true, null, null);

    private void KeepActivity() => confirmingWithdraw = false;

    private async Task ReloadAsync()
    {
        await LoadAsync();
    }

    /// <summary>Withdraws the version the page shows: if someone changed it meanwhile, nothing is withdrawn and the change is named.</summary>
    private async Task WithdrawAsync()
    {
        if (busy || activity is not { } shown) return;
        busy = true;
        try
        {
            var result = await Editing.WithdrawAsync(user, Id, shown.Audit.Version);
            confirmingWithdraw = false;
            if (result.Succeeded)
            {
                (withdrawnTitle, activity) = (shown.Title, null);
                return;
            }
            changedSinceRead = result.Outcome == CommandOutcome.Conflict ? await Grains.GetGrain<IActivityGrain>(Id).GetAsync() : null;
            changeRefusal = result.Outcome switch
            {
                CommandOutcome.Conflict when changedSinceRead is not null => T["NotWithdrawn.Changed"],
                CommandOutcome.Conflict or CommandOutcome.NotFound => T["NotWithdrawn.Gone"],
                _ => T["NotWithdrawn", Problem(result.Message)],
            };
        }
        finally
        {
            busy = false;
        }
    }

    private string TopicName(string id) => topicNames.GetValueOrDefault(id, id);

    /// <summary>What an empty fact shows: a dash, not a word to agree with the fact in each language.</summary>
    private const string Empty = "—";

    /// <summary>Values in the reader's list form (a comma, "、" in Chinese, "،" in Arabic), or the dash for none.</summary>
    private string List(IEnumerable<string> values) => Labels.List(values) is { Length: > 0 } list ? list : Empty;

    /// <summary>
    /// A message of the linking rules (FieldRules, access), shown as they word it: the one place that renders them, to
    /// switch when they come structured (ProblemText) in the reader's language.
    /// </summary>
    private static string Problem(string? message) => message ?? "";

    /// <summary>The links with the activities they point to, whose sectors say who may remove them.</summary>
    private async Task LoadLinksAsync()
    {
        links = (await Linking.ListAsync(Id)).OrderBy(l => l.Type).ThenBy(l => l.OtherTitle, StringComparer.CurrentCultureIgnoreCase).ToArray();
        var found = await Task.WhenAll(links.Select(l => l.OtherId).Distinct().Select(async id => (id, await Grains.GetGrain<IActivityGrain>(id).GetAsync())));
        others = found.ToDictionary(f => f.id, f => f.Item2);
    }

    private async Task AddLinkAsync()
    {
        if (busy) return;
        busy = true;
        try
        {
            if (chosenTarget is null)
            {
                // A title typed but not chosen is no id: say what to do rather than "there is no activity '<title>'".
                (linkErrors, linkStatus) = (new() { ["target"] = [T["Target.Choose"]] }, T["NotLinked.Invalid"]);
                return;
            }
            var result = await Linking.LinkAsync(user, Id, newLinkType, chosenTarget.Id);
            linkErrors = result.Errors;
            if (result is { Succeeded: true, Value: { } link })
            {
                linkStatus = T["Linked", Labels.Link(link.Type), link.OtherTitle];
                chosenTarget = null;
                await LoadLinksAsync();
            }
            else linkStatus = result.Outcome == CommandOutcome.Invalid ? T["NotLinked.Invalid"] : T["NotLinked", Problem(result.Message)];
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RemoveAsync(ActivityLink link)
    {
        if (busy) return;
        busy = true;
        try
        {
            var result = await Linking.UnlinkAsync(user, Id, link.Type.ToString(), link.OtherId);
            linkStatus = result.Succeeded ? T["Removed", Labels.Link(link.Type), link.OtherTitle] : T["NotRemoved", Problem(result.Message)];
            await LoadLinksAsync();
        }
        finally
        {
            busy = false;
        }
    }
}
