namespace Coordination.Domain.Overlaps;

// The structured evidence for and against a pair: topics, priority, targets, places, numbers, dates and kind.
public sealed partial class OverlapScorer
{
    /// <summary>What the structured evidence adds to (or takes from) the score, whether any of it is decisive against, and whether the pair shares context a task force registered.</summary>
    private readonly record struct EvidenceTotal(double Total, bool Decisive, bool SharedContext);

    /// <summary>
    /// The structured evidence for and against, each piece added to <paramref name="items"/> when given (its detail text is
    /// only built then: most candidates are rated, few explained).
    /// </summary>
    private EvidenceTotal Evidence(OverlapProfile a, OverlapProfile b, List<EvidenceItem>? items)
    {
        double total = 0;
        bool decisive = false, context = false;
        var explain = items is not null;
        void Add(string kind, string? detail, double contribution)
        {
            total += contribution;
            items?.Add(new(kind, detail ?? "", contribution));
        }
        if (Intersects(a.Topics, b.Topics))
        {
            context = true;
            Add("same-topic", explain ? string.Join(", ", a.Topics.Intersect(b.Topics)) : null, model.SameTopic);
        }
        if (a.ThematicPriority is not null && a.ThematicPriority == b.ThematicPriority)
        {
            context = true;
            Add("same-thematic-priority", explain ? a.ThematicPriority : null, model.SameThematicPriority);
        }
        if (Intersects(a.Targets, b.Targets))
        {
            context = true;
            Add("shared-targets", explain ? string.Join(", ", a.Targets.Intersect(b.Targets)) : null, model.SharedTargets);
        }
        var places = OverlapPlaces.Relate(a, b);
        var placeDetail = explain ? OverlapPlaces.Describe(a, b, places) : null;
        if (places == PlaceRelation.Shared && Intersects(a.Regions, b.Regions))
            Add("shared-regions", explain ? string.Join(", ", a.Regions.Intersect(b.Regions)) : null, model.SharedRegions);
        if (places == PlaceRelation.Shared && a.Countries.Length > 0 && b.Countries.Length > 0)
            Add("shared-countries", placeDetail, model.SharedCountries);
        if (places == PlaceRelation.Covered) Add("place-covers", placeDetail, 0);
        if (places == PlaceRelation.Different)
        {
            decisive = true;
            Add("different-places", placeDetail, model.DifferentPlaces);
        }
        if (a.HeadlineNumbers.Length > 0 && b.HeadlineNumbers.Length > 0 && !a.HeadlineNumbers.AsSpan().SequenceEqual(b.HeadlineNumbers))
        {
            decisive = true;
            Add("different-numbers", explain ? $"{string.Join(", ", a.HeadlineNumbers)} / {string.Join(", ", b.HeadlineNumbers)}" : null, model.DifferentNumbers);
        }
        switch (DateRelation(a, b))
        {
            case > 0 and var days:
                Add("overlapping-dates", explain ? $"{days} days in common" : null, model.OverlappingDates);
                break;
            case 0:
                Add("disjoint-dates", explain ? $"{Dates(a)} / {Dates(b)}" : null, model.DisjointDates);
                break;
        }
        if (a.Kind is { } kind && kind == b.Kind) Add("same-kind", explain ? kind.ToString() : null, model.SameKind);
        return new(total, decisive, context);
    }

    private static bool Intersects<T>(T[] a, T[] b)
    {
        foreach (var item in a)
            if (Array.IndexOf(b, item) >= 0) return true;
        return false;
    }

    /// <summary>Days both activities run; 0 when their dates do not meet; null when either has none.</summary>
    private static int? DateRelation(OverlapProfile a, OverlapProfile b)
    {
        if (a.StartDate is not { } startA || b.StartDate is not { } startB) return null;
        var endA = a.EndDate ?? startA;
        var endB = b.EndDate ?? startB;
        var start = startA > startB ? startA : startB;
        var end = endA < endB ? endA : endB;
        return end >= start ? end.DayNumber - start.DayNumber + 1 : 0;
    }

    private static string Dates(OverlapProfile p) => $"{p.StartDate:yyyy-MM-dd} to {p.EndDate ?? p.StartDate:yyyy-MM-dd}";
}
