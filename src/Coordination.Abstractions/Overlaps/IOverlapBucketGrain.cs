using Orleans.Concurrency;

namespace Coordination.Abstractions.Overlaps;

/// <summary>
/// The durable half of the overlap index: the profiles of the activities that hash to this bucket.
/// Many small buckets keep each write small; the index shards rebuild from them.
/// </summary>
[Alias("coordination.IOverlapBucketGrain")]
public interface IOverlapBucketGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(OverlapProfile profile);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("Get"), ReadOnly] Task<OverlapProfile?> GetAsync(string activityId);

    [Alias("List"), ReadOnly] Task<OverlapProfile[]> ListAsync();
}
