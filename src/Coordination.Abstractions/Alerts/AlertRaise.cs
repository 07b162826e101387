namespace Coordination.Abstractions.Alerts;

/// <summary>A detected overlap handed to the pair's alert grain.</summary>
[GenerateSerializer, Alias("coordination.AlertRaise")]
public sealed record AlertRaise(
    [property: Id(0)] OverlapProfile Checked,
    [property: Id(1)] OverlapMatch Match,
    [property: Id(2)] OverlapProfile Other);

/// <summary>A clash between a checked event and another event or a flagship window, handed to the pair's alert grain.</summary>
[GenerateSerializer, Alias("coordination.EventClashRaise")]
public sealed record EventClashRaise(
    [property: Id(0)] EventProfile Checked,
    [property: Id(1)] EventClash Clash);

public enum RaiseOutcome { Raised, Updated, Reopened, Suppressed }
