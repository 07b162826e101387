using Orleans.Concurrency;

namespace Coordination.Abstractions.Regions;

/// <summary>One durable bucket of a region's calendar, keyed "{region}/{bucket}": many small buckets keep each write small.</summary>
[Alias("coordination.IRegionCalendarBucketGrain")]
public interface IRegionCalendarBucketGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(EventProfile profile);

    [Alias("Remove")] Task RemoveAsync(string eventId);

    [Alias("List"), ReadOnly] Task<EventProfile[]> ListAsync();
}
