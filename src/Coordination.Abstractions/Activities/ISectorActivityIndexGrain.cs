using Orleans.Concurrency;

namespace Coordination.Abstractions.Activities;

/// <summary>
/// One bucket of a sector's activity listing, keyed "SECTOR/bucket". Activities are spread over
/// several buckets per sector so that no single grain carries a whole sector's registrations.
/// </summary>
[Alias("coordination.ISectorActivityIndexGrain")]
public interface ISectorActivityIndexGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(ActivitySummary summary);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("List"), ReadOnly] Task<ActivitySummary[]> ListAsync();
}
