namespace Coordination.Abstractions.ReferenceData;

/// <summary>A thematic priority of the strategic plan; editable reference data, not an enum.</summary>
[GenerateSerializer, Alias("coordination.ThematicPriority")]
public sealed record ThematicPriority(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Description);
