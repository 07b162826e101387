namespace Coordination.Abstractions.Overlaps;

/// <summary>Progress of a re-scan of every activity.</summary>
[GenerateSerializer, Alias("coordination.RescanProgress")]
public sealed record RescanProgress(
    [property: Id(0)] bool Running,
    [property: Id(1)] DateTimeOffset? StartedAt,
    [property: Id(2)] DateTimeOffset? FinishedAt,
    [property: Id(3)] int Total,
    [property: Id(4)] int Done,
    [property: Id(5)] int AlertsRaised,
    [property: Id(6)] int Failed);
