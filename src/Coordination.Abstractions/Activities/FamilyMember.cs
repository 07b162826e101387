namespace Coordination.Abstractions.Activities;

/// <summary>One record of a family: an activity of one sector that replicates a programme in its countries.</summary>
[GenerateSerializer, Immutable, Alias("coordination.FamilyMember")]
public sealed record FamilyMember(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Title,
    [property: Id(2)] string[] Countries);
