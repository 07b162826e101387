namespace Coordination.Abstractions.Topics;

[GenerateSerializer, Alias("coordination.TopicDraft")]
public sealed record TopicDraft
{
    [Id(0)] public string? Id { get; init; }
    [Id(1)] public string? Name { get; init; }
    [Id(2)] public string? Description { get; init; }
    [Id(3)] public string[]? Keywords { get; init; }
    [Id(4)] public string? ThematicPriority { get; init; }
}

/// <summary>A cross-sector subject such as "AI" or "smart sustainable cities".</summary>
[GenerateSerializer, Alias("coordination.Topic")]
public sealed record Topic
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string Description { get; init; } = "";
    [Id(3)] public string[] Keywords { get; init; } = [];
    [Id(4)] public string? ThematicPriority { get; init; }
    /// <summary>Task forces that own this topic; maintained by the task forces.</summary>
    [Id(5)] public string[] TaskForces { get; init; } = [];
    [Id(6)] public required Audit Audit { get; init; }
}
