using Coordination.Grains.Records;

namespace Coordination.Grains.Alerts;

/// <summary>
/// When an activity or an event is deleted, its open alerts have nothing left to decide: they are withdrawn
/// (resolved as <see cref="AlertResolution.Withdrawn"/>, in their trail) so that the dashboards stop showing them.
/// Deletions are rare, so reading the inboxes that hold every alert is cheap enough, and no per-item index of
/// alerts has to be kept in step.
/// </summary>
public static class AlertWithdrawal
{
    public static async Task<int> WithdrawAsync(IGrainFactory grains, string deletedItemId)
    {
        var open = (await Listings.AlertsAsync(grains, AlertKeys.CoveringRoutes))
            .Where(a => a.Status == AlertStatus.Open && AlertKeys.ItemsOf(a.Id).Contains(deletedItemId, StringComparer.Ordinal))
            .Select(a => a.Id).Distinct().ToArray();
        await Task.WhenAll(open.Select(id => grains.GetGrain<IAlertGrain>(id).WithdrawAsync(deletedItemId)));
        return open.Length;
    }
}
