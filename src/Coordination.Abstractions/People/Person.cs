namespace Coordination.Abstractions.People;

/// <summary>
/// Someone the platform knows: a demo user of the development sign-in, or a person who has signed in (the web UI or an
/// API token), as the sign-in's claims describe them. Alerts are assigned to people by <see cref="Id"/>.
/// </summary>
[GenerateSerializer, Alias("coordination.Person")]
public sealed record Person
{
    /// <summary>The "sub" claim: what audit fields and assignments record.</summary>
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string[] Roles { get; init; } = [];
    [Id(3)] public Sector? Sector { get; init; }
    [Id(4)] public Region? Region { get; init; }
    [Id(5)] public string[] TaskForces { get; init; } = [];
    /// <summary>When the platform first recorded the person, then when what it knows of them last changed.</summary>
    [Id(6)] public DateTimeOffset FirstSeenAt { get; init; }
    [Id(7)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether the two say the same of the person (the times left aside): a sign-in that changes nothing writes nothing.</summary>
    public bool SameAs(Person other) =>
        Id == other.Id && Name == other.Name && Sector == other.Sector && Region == other.Region
        && Roles.SequenceEqual(other.Roles) && TaskForces.SequenceEqual(other.TaskForces);
}
