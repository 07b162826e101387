using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Coordination.Silo.Web.Components.Pages;

public partial class AlertDetail
{
    [Parameter] public string Id { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private AlertDirectory Directory { get; set; } = default!;
    [Inject] private AlertDecisions Decisions { get; set; } = default!;
    [Inject] private AlertFeed Feed { get; set; } = default!;
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private AlertViews Views { get; set; } = default!;
    [Inject] private PeopleRegistry People { get; set; } = default!;
    [Inject] private IStringLocalizer<AlertDetail> T { get; set; } = default!;

    private Alert? alert;
    /// <summary>Each side's registrant and links, and the links between the two sides.</summary>
    private Coordination.Silo.Alerts.AlertDetail? detail;
    /// <summary>The people an alert can be assigned to, for the picker; also whom the assignee's id names.</summary>
    private PersonView[] people = [];
    private bool loaded;
    private bool canDecide;
    private IReadOnlySet<string> sharedTerms = new HashSet<string>();
    private Dictionary<string, Activity> activities = [];
    private Dictionary<string, Event> events = [];
    private Dictionary<string, string> taskForces = [];
    /// <summary>The thematic priorities of the activities shown, code to name.</summary>
    private Dictionary<string, string> priorities = [];
    private AlertResolution resolution = AlertResolution.Coordinate;
    private string? reason, comment, assignee, taskForce, message;
    private bool messageIsError;
    private IDisposable? subscription;

    protected override async Task OnParametersSetAsync()
    {
        taskForces = await Grains.GetGrain<ITaskForceCatalogGrain>(0).ListAsync();
        people = await People.SearchAsync(null, MaxPeople);
        await LoadAsync();
        subscription ??= Feed.Listen(change => change.Summary.Id == Id ? InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }) : Task.CompletedTask);
    }

    private async Task LoadAsync()
    {
        detail = await Views.DetailAsync(Id);
        alert = detail?.Alert;
        loaded = true;
        if (alert is null) return;
        var user = (await AuthenticationState).User;
        canDecide = await Decisions.CanDecideAsync(user, alert);
        assignee = alert.AssignedTo ?? "";
        if (alert.Kind == AlertKeys.EventClash)
            events = (await Task.WhenAll(alert.ItemIds.Select(id => Grains.GetGrain<IEventGrain>(id).GetAsync()))).OfType<Event>().ToDictionary(e => e.Id);
        else
        {
            activities = (await Task.WhenAll(alert.ItemIds.Select(id => Grains.GetGrain<IActivityGrain>(id).GetAsync()))).OfType<Activity>().ToDictionary(a => a.Id);
            var codes = activities.Values.Select(a => a.ThematicPriority).OfType<string>().Distinct().ToArray();
            priorities = (await Task.WhenAll(codes.Select(c => Grains.GetGrain<IThematicPriorityGrain>(c).GetAsync()))).OfType<ThematicPriority>().ToDictionary(p => p.Code, p => p.Name);
        }
        // Stems light up the words that produce them; across languages, the bridges' words themselves.
        sharedTerms = alert.Explanation.SharedTerms.Select(t => t.Term)
            .Concat(alert.Explanation.SharedTerms.SelectMany(t => (t.Words ?? "").Split([' ', '↔'], StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>More people than a select can sensibly hold; the platform's directory is far smaller.</summary>
    private const int MaxPeople = 500;

    /// <summary>A person's name, for an id the page shows; an id nobody recorded is shown as itself.</summary>
    private string NameOf(string id) =>
        people.FirstOrDefault(p => p.Id == id)?.Name ?? (detail?.Assignee is { } known && known.Id == id ? known.Name : id);

    /// <summary>A person as the picker lists them: name, role and scope (sector, region, task forces).</summary>
    private string Describe(PersonView person) =>
        T["Person", person.Name, Labels.Join(
            Labels.List(person.Roles.Select(RoleName)),
            person.Sector is { } sector ? Labels.SectorShort(sector) : null,
            person.Region is { } region ? Labels.Region(region) : null,
            Labels.List(person.TaskForces.Select(tf => taskForces.GetValueOrDefault(tf) ?? tf)))];

    private string RoleName(string role) => role switch
    {
        Roles.Coordinator => T["Role.Coordinator"],
        Roles.TaskForceMember => T["Role.TaskForceMember"],
        Roles.RegionalDirector => T["Role.RegionalDirector"],
        Roles.Admin => T["Role.Admin"],
        _ => role,
    };

    /// <summary>One side's registrant, by name, and when it was registered.</summary>
    private string? Registrant(int index) =>
        detail?.Sides.ElementAtOrDefault(index) is { RegisteredBy: { } by } side
            ? side.RegisteredAt is { } at ? T["RegisteredBy.On", by.Name, Labels.Date(at.ToUniversalTime())].Value : T["RegisteredBy", by.Name].Value
            : null;

    /// <summary>A link between the two sides as a phrase: its type, the task force it is under, who made it and when.</summary>
    private string LinkPhrase(ActivityLink link) =>
        Labels.Join(Labels.Link(link.Type),
            link.TaskForce is { } tf ? T["Link.Under", taskForces.GetValueOrDefault(tf) ?? tf] : null,
            T["Link.By", NameOf(link.CreatedBy), Labels.Date(link.CreatedAt.ToUniversalTime())]);

    private string SectorPair => string.Join(" / ", alert!.Explanation.Sectors.Select(Labels.SectorShort));

    private string TextDetail
    {
        get
        {
            var x = alert!.Explanation;
            var detail = T["TextDetail", Labels.Score(x.TextScore), Labels.Score(x.WordCosine), Labels.Score(x.WeightedJaccard), Labels.Score(x.TrigramDice)];
            return x.CrossLanguage ? T["AcrossLanguages", detail] : detail;
        }
    }

    /// <summary>Who decided what, when, and under which task force, as one sentence.</summary>
    private string ResolvedSentence
    {
        get
        {
            var decided = alert!.Resolution is { } r ? Labels.Resolution(r) : "";
            var by = alert.ResolvedBy ?? "";
            var sentence = alert.ResolvedAt is { } at ? T["Resolved.On", decided, by, Labels.DateTime(at.ToUniversalTime())] : T["Resolved.By", decided, by];
            return alert.CoordinatingTaskForce is { } tf ? $"{sentence} {T["Resolved.Under", taskForces.GetValueOrDefault(tf) ?? tf]}" : sentence;
        }
    }

    /// <summary>An event's local wall-clock time at the venue, in the reader's date and time forms.</summary>
    private static string WallClock(DateTime local) => local.ToString("g", CultureInfo.CurrentCulture);

    private static string Moment(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return $"{Labels.Date(utc)} {utc.ToString("T", CultureInfo.CurrentCulture)}";
    }

    private string Actor(string actor) => actor == AlertActions.System ? T["Trail.System"] : actor;

    private string Action(string action) => action switch
    {
        AlertActions.Raised => T["Action.Raised"],
        AlertActions.Reopened => T["Action.Reopened"],
        AlertActions.Acknowledged => T["Action.Acknowledged"],
        AlertActions.Assigned => T["Action.Assigned"],
        AlertActions.Commented => T["Action.Commented"],
        AlertActions.Resolved => T["Action.Resolved"],
        AlertActions.Escalated => T["Action.Escalated"],
        AlertActions.Withdrawn => T["Action.Withdrawn"],
        _ => action,
    };

    /// <summary>
    /// A state before or after a step of the trail, which the trail stores as codes: a status with its resolution,
    /// the routes, who holds the alert (by name). A value of another shape shows as stored.
    /// </summary>
    private string? TrailValue(string action, string? value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        if (action == AlertActions.Escalated) return Labels.List(value.Split(", ").Select(r => Labels.Route(r, taskForces)));
        if (Enum.TryParse<AlertStatus>(value, out var status) && Enum.IsDefined(status)) return Labels.Status(status);
        if (value.StartsWith($"{AlertStatus.Resolved} (", StringComparison.Ordinal) && value.EndsWith(')')
            && Enum.TryParse<AlertResolution>(value[(AlertStatus.Resolved.ToString().Length + 2)..^1], out var resolved))
            return T["State.Resolved", Labels.Resolution(resolved)];
        if (value == "unassigned") return T["Trail.Unassigned"];
        if (action == AlertActions.Assigned) return NameOf(value);
        if (value == "not acknowledged") return T["Trail.NotAcknowledged"];
        if (value.StartsWith("acknowledged by ", StringComparison.Ordinal)) return T["AcknowledgedBy", value["acknowledged by ".Length..]];
        return value;
    }

    private async Task AcknowledgeAsync() => Show(await Decisions.AcknowledgeAsync(await UserAsync(), Id), T["Done.Acknowledged"]);

    private async Task AssignAsync() =>
        Show(await Decisions.AssignAsync(await UserAsync(), Id, assignee), string.IsNullOrWhiteSpace(assignee) ? T["Done.Unassigned"] : T["Done.Assigned", NameOf(assignee)]);

    private async Task ResolveAsync() =>
        Show(await Decisions.ResolveAsync(await UserAsync(), Id, resolution.ToString(), reason, taskForce), T["Done.Resolved", Labels.Resolution(resolution)]);

    private async Task CommentAsync()
    {
        if (Show(await Decisions.CommentAsync(await UserAsync(), Id, comment), T["Done.Commented"])) comment = null;
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    /// <summary>Shows what the action did, or every reason it was refused; the page then shows the alert as stored.</summary>
    private bool Show(CommandResult<Alert> result, string success)
    {
        messageIsError = !result.Succeeded;
        message = result.Succeeded ? success
            : result.Errors is { Count: > 0 } errors ? string.Join(" ", errors.SelectMany(e => e.Value)) : result.Message;
        if (result.Value is { } changed) alert = changed;
        return result.Succeeded;
    }

    public void Dispose() => subscription?.Dispose();
}
