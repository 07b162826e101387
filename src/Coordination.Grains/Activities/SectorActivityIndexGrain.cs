using Coordination.Grains.Records;

namespace Coordination.Grains.Activities;

/// <summary>One bucket of a sector's activity listing; with a hundred thousand activities a bucket holds thousands, stored a row each.</summary>
public sealed class SectorActivityIndexGrain(
    [PersistentState(StorageNames.SectorActivityIndex, StorageNames.Provider)] IPersistentState<ListingState<ActivitySummary>> singleDocument)
    : RowListingGrain<ActivitySummary>(singleDocument, StorageNames.SectorActivityIndexRows, EarlierLayout), ISectorActivityIndexGrain
{
    /// <summary>The earlier layout, moved into rows on activation.</summary>
    public static readonly PageLayout EarlierLayout = new(StorageNames.SectorActivityIndexPage, 16);

    public Task UpsertAsync(ActivitySummary summary) => SetAsync(summary.Id, summary);

    public Task RemoveAsync(string activityId) => DeleteAsync(activityId);

    public Task<ActivitySummary[]> ListAsync() => ValuesAsync();
}
