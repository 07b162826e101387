namespace Coordination.Grains.Records;

/// <summary>Reads of listings spread over bucket grains: every bucket in parallel, the items of all of them.</summary>
public static class Listings
{
    /// <summary>The alerts of the dashboards' inboxes (an alert on several of the routes is there several times).</summary>
    public static async Task<AlertSummary[]> AlertsAsync(IGrainFactory grains, IEnumerable<string> routes) =>
        (await Task.WhenAll(routes.SelectMany(Partitions.AlertInboxKeys).Select(k => grains.GetGrain<IAlertInboxGrain>(k).ListAsync())))
        .SelectMany(b => b).ToArray();

    /// <summary>The activities of the sectors' indexes.</summary>
    public static async Task<ActivitySummary[]> ActivitiesAsync(IGrainFactory grains, IEnumerable<Sector> sectors) =>
        (await Task.WhenAll(sectors.SelectMany(Partitions.SectorIndexKeys).Select(k => grains.GetGrain<ISectorActivityIndexGrain>(k).ListAsync())))
        .SelectMany(b => b).ToArray();
}
