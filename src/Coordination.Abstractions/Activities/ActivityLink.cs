namespace Coordination.Abstractions.Activities;

/// <summary>How two activities relate, read from the activity that holds the link.</summary>
public enum LinkType
{
    /// <summary>The same work registered twice (a merge keeps both records, linked).</summary>
    SameAs,
    /// <summary>This activity contains the other.</summary>
    ParentOf,
    /// <summary>This activity is part of the other.</summary>
    ChildOf,
    /// <summary>Both continue, coordinated: they complement each other.</summary>
    Complementary,
}

/// <summary>A typed link from one activity to another; each side holds its own direction.</summary>
[GenerateSerializer, Alias("coordination.ActivityLink")]
public sealed record ActivityLink(
    [property: Id(0)] LinkType Type,
    [property: Id(1)] string OtherId,
    [property: Id(2)] string OtherTitle,
    [property: Id(3)] string CreatedBy,
    [property: Id(4)] DateTimeOffset CreatedAt,
    /// <summary>The task force coordinating both, when the link came from a Coordinate decision.</summary>
    [property: Id(5)] string? TaskForce = null,
    /// <summary>The alert whose decision made the link, if any.</summary>
    [property: Id(6)] string? AlertId = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => $"{Type}:{OtherId}";

    /// <summary>The same link seen from the other side.</summary>
    public static LinkType Reverse(LinkType type) => type switch
    {
        LinkType.ParentOf => LinkType.ChildOf,
        LinkType.ChildOf => LinkType.ParentOf,
        _ => type,
    };
}
