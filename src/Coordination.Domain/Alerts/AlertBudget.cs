namespace Coordination.Domain.Alerts;

/// <summary>
/// How many alerts one item (an activity, an event) may raise when it is registered or changed: its most severe overlaps
/// or clashes, best first; the rest are listed on the item as further possible overlaps, never alerted. A committee that
/// receives dozens of alerts for one registration stops reading them, and an import of thousands of events in one city
/// would otherwise raise an alert for every pair.
/// </summary>
public sealed record AlertBudget(int PerItem)
{
    public static AlertBudget Default { get; } = new(3);

    /// <summary>The matches of a check, ranked best first, with those over the budget no longer raising an alert.</summary>
    public OverlapMatch[] Apply(IReadOnlyList<OverlapMatch> ranked) =>
        Apply(ranked, m => m.RaisesAlert, m => m.Severity, m => m with { RaisesAlert = false, BeyondBudget = true });

    /// <inheritdoc cref="Apply(IReadOnlyList{OverlapMatch})"/>
    public EventClash[] Apply(IReadOnlyList<EventClash> ranked) =>
        Apply(ranked, c => c.RaisesAlert, c => c.Severity, c => c with { RaisesAlert = false, BeyondBudget = true });

    /// <summary>Of the items that raise an alert, the most severe first and in rank order among equals keep it.</summary>
    private T[] Apply<T>(IReadOnlyList<T> ranked, Func<T, bool> raises, Func<T, Severity> severity, Func<T, T> beyondBudget)
    {
        var kept = ranked.Select((item, rank) => (Item: item, Rank: rank)).Where(r => raises(r.Item))
            .OrderByDescending(r => severity(r.Item)).ThenBy(r => r.Rank).Take(PerItem).Select(r => r.Rank).ToHashSet();
        return ranked.Select((item, rank) => raises(item) && !kept.Contains(rank) ? beyondBudget(item) : item).ToArray();
    }
}
