using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Domain.Overlaps;

namespace Coordination.Grains.Overlaps;

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
        var buckets = await Task.WhenAll(Alerts.CoveringRoutes.SelectMany(Partitions.AlertInboxKeys)
            .Select(k => grains.GetGrain<IAlertInboxGrain>(k).ListAsync()));
        var open = buckets.SelectMany(b => b)
            .Where(a => a.Status == AlertStatus.Open && Alerts.ItemsOf(a.Id).Contains(deletedItemId, StringComparer.Ordinal))
            .Select(a => a.Id).Distinct().ToArray();
        await Task.WhenAll(open.Select(id => grains.GetGrain<IAlertGrain>(id).WithdrawAsync(deletedItemId)));
        return open.Length;
    }
}
