using Coordination.Grains.Diagnostics;
using Coordination.Grains.Records;
using Orleans.Concurrency;

namespace Coordination.Grains.Alerts;

/// <summary>
/// One bucket of a committee's or director's inbox, an alert a row (see <see cref="RowListingGrain{TItem}"/>): a
/// bucket holds a sixteenth of a committee's alerts, hundreds of thousands in all for the MCG of a large collection.
/// Reentrant, so that alerts raised together are stored by one write; its methods do not await between reads and
/// changes of the state.
/// </summary>
[Reentrant]
public sealed class AlertInboxGrain(
    [PersistentState(StorageNames.AlertInbox, StorageNames.Provider)] IPersistentState<ListingState<AlertSummary>> singleDocument)
    : RowListingGrain<AlertSummary>(singleDocument, StorageNames.AlertInboxRows, EarlierLayouts), IAlertInboxGrain
{
    /// <summary>Earlier layouts, newest first, moved into rows on activation.</summary>
    public static readonly PageLayout[] EarlierLayouts =
    [
        new(StorageNames.AlertInboxPageOf512, 512), new(StorageNames.AlertInboxPageOf128, 128), new(StorageNames.AlertInboxPageOf32, 32),
    ];

    /// <summary>A summary older than the one listed is ignored: a retried publication may arrive after a newer one.</summary>
    public Task UpsertAsync(AlertSummary summary) =>
        Find(summary.Id) is { } listed && listed.UpdatedAt > summary.UpdatedAt ? Task.CompletedTask : SetAsync(summary.Id, summary);

    public Task<AlertSummary[]> ListAsync() => ValuesAsync();
}
