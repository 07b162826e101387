namespace Coordination.Abstractions.Overlaps;

/// <summary>
/// An existing activity that a draft or an activity probably duplicates or overlaps. <see cref="BeyondBudget"/>: it would
/// raise an alert, but the item's more severe overlaps used its alert budget; it is listed as a further possible overlap.
/// <see cref="Family"/>: the programme the activity replicates across countries, if any; <see cref="FamilyMembersFound"/>:
/// how many of its records the check found, shown by this one.
/// </summary>
[GenerateSerializer, Immutable, Alias("coordination.OverlapMatch")]
public sealed record OverlapMatch(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Title,
    [property: Id(2)] Sector Sector,
    [property: Id(3)] double Score,
    [property: Id(4)] Severity Severity,
    [property: Id(5)] bool RaisesAlert,
    [property: Id(6)] OverlapExplanation Explanation,
    [property: Id(7)] bool BeyondBudget = false,
    [property: Id(8)] string? Family = null,
    [property: Id(9)] int FamilyMembersFound = 0);
