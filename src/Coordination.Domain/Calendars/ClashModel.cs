namespace Coordination.Domain.Calendars;

/// <summary>
/// What each kind of clash adds to a pair's score, and the thresholds. Every clash found is reported; one that
/// reaches <see cref="AlertThreshold"/> raises an alert. A duplicate scores 1.
/// </summary>
public sealed record ClashModel
{
    public double SameCityOverlap { get; init; } = 0.60;
    public double SameCityAdjacent { get; init; } = 0.50;
    public double SameCountryOverlap { get; init; } = 0.50;
    public double SameCountryAdjacent { get; init; } = 0.40;
    /// <summary>The region is large: on its own, overlapping dates there are worth showing, not an alert.</summary>
    public double SameRegionOverlap { get; init; } = 0.15;
    /// <summary>Added to a time-and-place clash between events of different sectors: the duplication the seeds are about.</summary>
    public double OtherSector { get; init; } = 0.10;
    public double SameTopic { get; init; } = 0.20;
    /// <summary>Times the text score, when title and description are alike (at least <see cref="SubjectTextThreshold"/>).</summary>
    public double SimilarText { get; init; } = 0.40;
    public double SubjectTextThreshold { get; init; } = 0.42;
    public double SameAudience { get; init; } = 0.35;
    /// <summary>A flagship window alone is shown; with a shared audience it raises an alert.</summary>
    public double FlagshipOverlap { get; init; } = 0.35;
    public double FlagshipAdjacent { get; init; } = 0.20;
    /// <summary>Text at least this alike, in the same place on overlapping dates: the same event registered twice.</summary>
    public double DuplicateTextThreshold { get; init; } = 0.60;
    public double AlertThreshold { get; init; } = 0.50;
    public double HighSeverity { get; init; } = 0.80;

    public static ClashModel Default { get; } = new();
}
