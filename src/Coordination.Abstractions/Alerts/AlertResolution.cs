namespace Coordination.Abstractions.Alerts;

/// <summary>How a committee decided an alert.</summary>
public enum AlertResolution
{
    /// <summary>Both continue, linked under one task force.</summary>
    Coordinate,
    /// <summary>They become one activity.</summary>
    Merge,
    /// <summary>Not a duplicate; a reason is required. Not raised again unless one side changes materially.</summary>
    NotDuplicate,
    /// <summary>Set by the platform, never chosen: one side was deleted, so there is nothing left to decide.</summary>
    Withdrawn,
}
