using Microsoft.AspNetCore.Components;

namespace Coordination.Silo.Web.Components.Pages;

public partial class TopicPage
{
    private const string BySector = "sector", ByUpdate = "updated", ByStart = "start", ByTitle = "title";

    [Parameter] public string Id { get; set; } = "";

    private bool loaded;
    private Topic? topic;
    private ActivitySummary[] activities = [];
    private Dictionary<string, ActivityLink[]> links = [];
    private EventSummary[] events = [];
    private AlertSummary[] alerts = [];
    private Dictionary<string, string> taskForceNames = [];
    private string order = BySector;
    private DateTimeOffset now;

    protected override async Task OnParametersSetAsync()
    {
        now = Clock.GetUtcNow();
        var grain = Grains.GetGrain<ITopicGrain>(Id.Trim().ToLowerInvariant());
        topic = await grain.GetAsync();
        if (topic is not null)
        {
            var (onTopic, planned, taskForces, open) =
                (grain.ListActivitiesAsync(), grain.ListEventsAsync(), Grains.GetGrain<ITaskForceCatalogGrain>(0).ListAsync(), OpenAlertsAsync(topic.Id));
            activities = await onTopic;
            familySizes = await FamiliesAcrossCountriesAsync(activities);
            var linked = await Task.WhenAll(activities.Select(async a => (a.Id, Links: await Linking.ListAsync(a.Id))));
            links = linked.ToDictionary(l => l.Id, l => l.Links.OrderBy(x => x.Type).ToArray());
            events = (await planned).OrderBy(e => e.StartUtc).ToArray();
            taskForceNames = await taskForces;
            alerts = await open;
        }
        loaded = true;
    }

    /// <summary>
    /// Activity overlaps go to the MCG, event clashes to the MCG+: between them they hold every alert on the topic;
    /// one that is on both is shown once.
    /// </summary>
    private async Task<AlertSummary[]> OpenAlertsAsync(string topicId)
    {
        var pages = await Task.WhenAll(new[] { AlertKeys.Mcg, AlertKeys.McgPlus }.Select(route =>
            Directory.ListAsync(new AlertQuery { Route = route, Topic = topicId, Status = AlertStatus.Open, Limit = int.MaxValue })));
        return pages.SelectMany(p => p.Items).GroupBy(a => a.Id).Select(g => g.MaxBy(a => a.UpdatedAt)!)
            .OrderByDescending(a => a.Severity).ThenByDescending(a => a.Score).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>By sector: one group per sector (titles in order within); otherwise a single group in the chosen order.</summary>
    /// <summary>The topic's records of each family of country records, counted once each.</summary>
    private Dictionary<string, int> familySizes = [];

    /// <summary>A programme its sector replicates across countries takes one row, its first in the order shown.</summary>
    private IEnumerable<ActivitySummary> OneRowPerFamily(IEnumerable<ActivitySummary> rows)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        return rows.Where(a => a.Family is not { } family || !familySizes.ContainsKey(family) || shown.Add(family));
    }

    /// <summary>The topic's records per family, for the families with records on the topic in two or more countries.</summary>
    private async Task<Dictionary<string, int>> FamiliesAcrossCountriesAsync(ActivitySummary[] onTopic)
    {
        var counts = onTopic.Where(a => a.Family is not null).CountBy(a => a.Family!).Where(c => c.Value > 1).ToArray();
        var spans = await Task.WhenAll(counts.Select(async c =>
            (c.Key, c.Value, Spans: await Grains.GetGrain<IActivityFamilyGrain>(c.Key).SpansCountriesAsync())));
        return spans.Where(s => s.Spans).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
    }

    private IEnumerable<IGrouping<Sector?, ActivitySummary>> Groups()
    {
        var titles = StringComparer.CurrentCultureIgnoreCase;
        return order switch
        {
            ByUpdate => Single(activities.OrderByDescending(a => a.UpdatedAt)),
            ByStart => Single(activities.OrderBy(a => a.StartDate ?? DateOnly.MaxValue).ThenBy(a => a.Title, titles)),
            ByTitle => Single(activities.OrderBy(a => a.Title, titles)),
            _ => activities.OrderBy(a => a.Sector).ThenBy(a => a.Title, titles).GroupBy(a => (Sector?)a.Sector),
        };
    }

    /// <summary>Values in the reader's list form (a comma, "、" in Chinese, "،" in Arabic).</summary>
    private string List(IEnumerable<string> values) => Labels.List(values);

    private string Sectors(IEnumerable<Sector> sectors) => string.Join(" / ", sectors.Select(Labels.SectorShort));

    /// <summary>How much the topic gathers: activities from how many sectors and regions, events, open alerts.</summary>
    private string Summary()
    {
        var (count, sectors, regions) = (activities.Length, activities.Select(a => a.Sector).Distinct().Count(), activities.SelectMany(a => a.Regions).Distinct().Count());
        return T["Summary",
            count == 1 ? T["Summary.Activities.One", Labels.Number(count)] : T["Summary.Activities.Other", Labels.Number(count)],
            T["Summary.Sectors", Labels.Number(sectors), Labels.Number(Enum.GetValues<Sector>().Length)],
            regions == 1 ? T["Summary.Regions.One", Labels.Number(regions)] : T["Summary.Regions.Other", Labels.Number(regions)],
            events.Length == 1 ? T["Summary.Events.One", Labels.Number(1)] : T["Summary.Events.Other", Labels.Number(events.Length)],
            alerts.Length == 1 ? T["Summary.Alerts.One", Labels.Number(1)] : T["Summary.Alerts.Other", Labels.Number(alerts.Length)]];
    }

    private static IEnumerable<IGrouping<Sector?, ActivitySummary>> Single(IEnumerable<ActivitySummary> ordered) => ordered.GroupBy(_ => (Sector?)null);
}
