namespace Coordination.Abstractions.TaskForces;

[GenerateSerializer, Alias("coordination.TaskForceMember")]
public sealed record TaskForceMember(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Sector);

[GenerateSerializer, Alias("coordination.TaskForceDraft")]
public sealed record TaskForceDraft
{
    [Id(0)] public string? Id { get; init; }
    [Id(1)] public string? Name { get; init; }
    [Id(2)] public string? Mandate { get; init; }
    [Id(3)] public string? LeadSector { get; init; }
    [Id(4)] public TaskForceMember[]? Members { get; init; }
    [Id(5)] public string[]? Topics { get; init; }
}

/// <summary>An inter-sectoral team that owns one or more topics.</summary>
[GenerateSerializer, Alias("coordination.TaskForce")]
public sealed record TaskForce
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string Mandate { get; init; } = "";
    [Id(3)] public required Sector LeadSector { get; init; }
    [Id(4)] public TaskForceMember[] Members { get; init; } = [];
    [Id(5)] public string[] Topics { get; init; } = [];
    [Id(6)] public required Audit Audit { get; init; }
}
