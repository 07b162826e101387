namespace Coordination.Abstractions.Calendars;

/// <summary>Why two events clash. One pair may clash in several ways; each adds to the score.</summary>
public enum ClashKind
{
    /// <summary>The same event registered twice: alike in name, same place, overlapping dates.</summary>
    Duplicate,
    /// <summary>Overlapping or adjacent dates in the same city.</summary>
    SameCity,
    /// <summary>Overlapping or adjacent dates in the same country.</summary>
    SameCountry,
    /// <summary>Overlapping dates in the same region.</summary>
    SameRegion,
    /// <summary>Same topic or similar title and description, in the same region within the subject window.</summary>
    SameSubject,
    /// <summary>Aimed at the same audience in overlapping weeks, anywhere.</summary>
    SameAudience,
    /// <summary>During, or adjacent to, a flagship event or blackout window.</summary>
    Flagship,
}

/// <summary>One event (or flagship window) a planned event clashes with, ranked by score and explained.</summary>
[GenerateSerializer, Immutable, Alias("coordination.EventClash")]
/// <param name="Explanation">Text signals and shared terms of title and description, and each clash found with its contribution.</param>
/// <param name="AlertedAs">For a flagship window: the id of the window's own event (held in it) whose clash with the same event
/// carries the alert instead, so that one real pair raises one alert; null otherwise.</param>
public sealed record EventClash(
    [property: Id(0)] EventSummary Other,
    [property: Id(1)] bool IsFlagship,
    [property: Id(2)] ClashKind[] Kinds,
    [property: Id(3)] double Score,
    [property: Id(4)] Severity Severity,
    [property: Id(5)] bool RaisesAlert,
    [property: Id(6)] OverlapExplanation Explanation,
    [property: Id(7)] string OtherMaterialHash = "",
    [property: Id(8)] bool BeyondBudget = false,
    [property: Id(9)] string? AlertedAs = null);
