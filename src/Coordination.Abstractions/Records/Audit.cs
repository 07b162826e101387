namespace Coordination.Abstractions.Records;

/// <summary>Who created and last changed a record, and its version for optimistic concurrency.</summary>
[GenerateSerializer, Alias("coordination.Audit")]
public sealed record Audit(
    [property: Id(0)] string CreatedBy,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] string UpdatedBy,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] int Version)
{
    public static Audit New(string actor, DateTimeOffset now) => new(actor, now, actor, now, 1);

    public Audit Next(string actor, DateTimeOffset now) => this with { UpdatedBy = actor, UpdatedAt = now, Version = Version + 1 };
}
