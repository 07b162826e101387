namespace Coordination.Abstractions.Overlaps;

/// <summary>A shard's document count and the document frequency of each of its terms; built per call, never changed.</summary>
[GenerateSerializer, Immutable, Alias("coordination.ShardTermStatistics")]
public sealed record ShardTermStatistics(
    [property: Id(0)] int Documents,
    [property: Id(1)] Dictionary<string, int> DocumentFrequencies,
    [property: Id(2)] Dictionary<string, int>? ConceptFrequencies = null);

[GenerateSerializer, Alias("coordination.OverlapShardStats")]
public sealed record OverlapShardStats(
    [property: Id(0)] int Documents,
    [property: Id(1)] int Terms,
    [property: Id(2)] long Postings);
