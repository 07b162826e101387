namespace Coordination.Abstractions.Records;

/// <summary>One page of a listing, with the total so that clients can page.</summary>
[GenerateSerializer, Alias("coordination.Page`1")]
public sealed record Page<T>(
    [property: Id(0)] T[] Items,
    [property: Id(1)] int Total,
    [property: Id(2)] int Offset,
    [property: Id(3)] int Limit);
