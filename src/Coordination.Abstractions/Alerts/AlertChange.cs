namespace Coordination.Abstractions.Alerts;

/// <summary>What the live feed carries: an alert's summary as it now is, and every dashboard it is shown on.</summary>
[GenerateSerializer, Immutable, Alias("coordination.AlertChange")]
public sealed record AlertChange(
    [property: Id(0)] AlertSummary Summary,
    [property: Id(1)] string[] Routes);
