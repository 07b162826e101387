using Orleans.Concurrency;

namespace Coordination.Abstractions.Overlaps;

/// <summary>Checks a profile against every shard and merges the answers; a stateless worker on every silo.</summary>
[Alias("coordination.IOverlapDetectorGrain")]
public interface IOverlapDetectorGrain : IGrainWithIntegerKey
{
    [Alias("Check")] Task<OverlapMatch[]> CheckAsync(OverlapProfile query, int limit);
}
