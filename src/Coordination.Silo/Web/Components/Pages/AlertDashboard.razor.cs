using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Coordination.Silo.Web.Components.Pages;

public partial class AlertDashboard : IDisposable
{
    [Parameter] public string? RouteParameter { get; set; }
    /// <summary>"me" lists the reader's own alerts; in the address so that the view can be bookmarked.</summary>
    [SupplyParameterFromQuery(Name = "assignee")] public string? AssigneeParameter { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private AlertDirectory Directory { get; set; } = default!;
    [Inject] private AlertFeed Feed { get; set; } = default!;
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<AlertDashboard> T { get; set; } = default!;

    private AlertQuery query = new() { Status = AlertStatus.Open, Limit = 25 };
    private Page<AlertRow>? results;
    private List<(string Route, string Label)> routes = [];
    private Dictionary<string, string> topics = [];
    private Dictionary<string, string> taskForces = [];
    private readonly HashSet<string> fresh = [];
    private string liveStatus = "";
    private IDisposable? subscription;
    private CancellationTokenSource? pendingRefresh;
    private string? userId;

    private bool MineOnly => query.Assignee is not null && query.Assignee == userId;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        userId = user.UserId();
        taskForces = await Grains.GetGrain<ITaskForceCatalogGrain>(0).ListAsync();
        topics = await Grains.GetGrain<ITopicCatalogGrain>(0).ListAsync();
        routes = DashboardRoutes.For(taskForces, Labels).ToList();
        var start = RouteParameter is { } r && AlertQuery.IsRoute(r) ? r : DashboardRoutes.DefaultFor(user);
        query = query with { Route = start, Assignee = AssigneeFrom(AssigneeParameter) };
        subscription = Feed.Listen(OnAlertChangedAsync);
    }

    /// <summary>The route and "assigned to me" come from the address, also when a link changes them on this page.</summary>
    protected override async Task OnParametersSetAsync()
    {
        var route = RouteParameter is { } r && AlertQuery.IsRoute(r) ? r : query.Route;
        if (routes.All(x => x.Route != route)) routes.Add((route, Labels.Route(route, taskForces)));
        var assignee = AssigneeFrom(AssigneeParameter);
        if (results is not null && route == query.Route && assignee == query.Assignee) return;
        query = query with { Route = route, Assignee = assignee, Offset = 0 };
        fresh.Clear();
        await LoadAsync();
    }

    private string? AssigneeFrom(string? parameter) => parameter == "me" ? userId : null;

    /// <summary>This dashboard with or without "assigned to me", as a link.</summary>
    private string ViewUrl(bool mine) => $"/dashboard/{Uri.EscapeDataString(query.Route)}" + (mine ? "?assignee=me" : "");

    private string RouteLabel => routes.FirstOrDefault(r => r.Route == query.Route).Label ?? query.Route;

    private string TopicName(string id) => topics.TryGetValue(id, out var name) ? name : id;

    private string ExportUrl => "/alerts/export.csv?" + string.Join("&", new[]
    {
        $"route={Uri.EscapeDataString(query.Route)}",
        query.Status is { } s ? $"status={s}" : null,
        query.Severity is { } v ? $"severity={v}" : null,
        query.Kind is { } k ? $"kind={k}" : null,
        query.Sectors.Length > 0 ? $"sectors={string.Join(',', query.Sectors)}" : null,
        query.Region is { } g ? $"region={g}" : null,
        query.Topic is { } t ? $"topic={Uri.EscapeDataString(t)}" : null,
        query.MinAgeDays is { } d ? $"minAgeDays={d}" : null,
        query.OverdueOnly ? "overdue=true" : null,
        MineOnly ? "assignee=me" : null,
        $"order={query.Order}",
    }.Where(p => p is not null));

    private static TEnum? Parse<TEnum>(object? value) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value as string, out var parsed) ? parsed : null;

    private Task ChangeAsync(Func<AlertQuery, AlertQuery> change)
    {
        query = change(query) with { Offset = 0 };
        fresh.Clear();
        return LoadAsync();
    }

    /// <summary>The two sector selects; the filter is the distinct sectors chosen (one, a pair, or none).</summary>
    private readonly Sector?[] chosenSectors = new Sector?[2];

    private Task ChangeSectorAsync(int index, object? value)
    {
        chosenSectors[index] = Parse<Sector>(value);
        return ChangeAsync(q => q with { Sectors = chosenSectors.OfType<Sector>().Distinct().ToArray() });
    }

    private Task PageAsync(int direction)
    {
        query = query with { Offset = Math.Max(0, query.Offset + direction * query.Limit) };
        return LoadAsync();
    }

    private async Task LoadAsync() => results = await Directory.ListRowsAsync(query);

    /// <summary>
    /// A change on this dashboard's route reloads the page (filters and paging stay on the server), at most a
    /// few times a second however fast alerts arrive.
    /// </summary>
    private Task OnAlertChangedAsync(AlertChange change)
    {
        if (!change.Routes.Contains(query.Route)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            fresh.Add(change.Summary.Id);
            pendingRefresh?.Cancel();
            var pending = pendingRefresh = new CancellationTokenSource();
            try { await Task.Delay(250, pending.Token); }
            catch (OperationCanceledException) { return; }
            await LoadAsync();
            liveStatus = T["LiveStatus", Clock.GetUtcNow().UtcDateTime.ToString("T", CultureInfo.CurrentCulture),
                Labels.Join(Labels.Status(change.Summary.Status), string.Join(" ↔ ", change.Summary.Titles))];
            StateHasChanged();
        });
    }

    public void Dispose()
    {
        subscription?.Dispose();
        pendingRefresh?.Cancel();
    }
}
