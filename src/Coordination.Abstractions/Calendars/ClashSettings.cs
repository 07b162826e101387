namespace Coordination.Abstractions.Calendars;

/// <summary>How wide the clash check looks; defaults from configuration, a request may narrow or widen them.</summary>
[GenerateSerializer, Alias("coordination.ClashSettings")]
/// <param name="AdjacencyGap">Events this close without overlapping still clash in the same city or country (default 7 days).</param>
/// <param name="SubjectWindow">Events on the same subject in the same region this close clash (default 6 weeks).</param>
public sealed record ClashSettings(
    [property: Id(0)] TimeSpan AdjacencyGap,
    [property: Id(1)] TimeSpan SubjectWindow)
{
    public static ClashSettings Default { get; } = new(TimeSpan.FromDays(7), TimeSpan.FromDays(42));

    /// <summary>The farthest apart two events may be and still clash in any way.</summary>
    public TimeSpan Reach => AdjacencyGap > SubjectWindow ? AdjacencyGap : SubjectWindow;
}
