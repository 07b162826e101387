using System.Globalization;
using System.Text;

namespace Coordination.Domain.Calendars;

/// <summary>How alike two events' titles and descriptions are; it does not depend on their dates, so it is computed once per pair.</summary>
public sealed record TextRelation(double Score, TextSignals? Signals)
{
    public static TextRelation None { get; } = new(0, null);
}

/// <summary>
/// Decides whether two events clash and how: in time and place (same city, country or region, overlapping or
/// within the adjacency gap), in subject (same topic or similar text, same region, within the subject window),
/// in audience (same audience, overlapping weeks, anywhere), with a flagship window, or as the same event
/// registered twice. All on real instants: each event's times were converted from its venue's zone.
/// </summary>
public sealed class ClashScorer(ClashModel model, OverlapScorer text)
{
    public ClashModel Model => model;

    /// <summary>Text similarity of two events, with the overlap detector's multilingual text model; none when either has no text.</summary>
    public TextRelation CompareText(EventProfile a, EventProfile b, InverseDocumentFrequency idf)
    {
        if (a.Terms.Count == 0 || b.Terms.Count == 0) return TextRelation.None;
        var signals = text.CompareText(a.Terms, a.Trigrams, b.Terms, b.Trigrams, idf);
        return new TextRelation(Math.Max(text.TextScore(signals), text.SubjectScore(signals)), signals);
    }

    /// <summary>The clash of <paramref name="query"/> with <paramref name="other"/>, or null when they do not clash at all.</summary>
    public EventClash? Score(EventProfile query, EventProfile other, ClashSettings settings, TextRelation relation)
    {
        if (query.EventId == other.EventId || query.Status == EventStatus.Cancelled || other.Status == EventStatus.Cancelled) return null;
        var overlap = Overlap(query, other);
        var gap = Gap(query, other);
        // Beyond a week and the adjacency gap, neither time, place nor audience can make a clash, only a shared
        // topic or similar text: most of a calendar's candidates end here, before anything is built for them.
        if (gap > (settings.AdjacencyGap > OneWeek ? settings.AdjacencyGap : OneWeek)
            && relation.Score < model.SubjectTextThreshold && !ShareATopic(query, other)) return null;
        var adjacent = !overlap && settings.AdjacencyGap > TimeSpan.Zero && gap <= settings.AdjacencyGap;
        var kinds = new List<ClashKind>();
        var evidence = new List<EvidenceItem>();
        void Add(ClashKind kind, string evidenceKind, string detail, double contribution)
        {
            if (!kinds.Contains(kind)) kinds.Add(kind);
            evidence.Add(new EvidenceItem(evidenceKind, detail, contribution));
        }
        var when = overlap ? $"dates overlap by {Describe(OverlapLength(query, other))}" : $"{Describe(gap)} apart";

        var sharedAudience = query.Audience.Intersect(other.Audience).ToArray();
        if (other.IsFlagship || query.IsFlagship)
        {
            var flagship = other.IsFlagship ? other : query;
            var planned = other.IsFlagship ? query : other;
            // The flagship event itself (or one of its side events), registered on a calendar, does not clash with its own window.
            if (FlagshipEvents.IsEventOf(flagship, planned)) return null;
            if (overlap) Add(ClashKind.Flagship, "flagship-overlap", $"During {flagship.Title} ({when})", model.FlagshipOverlap);
            else if (adjacent) Add(ClashKind.Flagship, "flagship-adjacent", $"{Describe(gap)} from {flagship.Title}", model.FlagshipAdjacent);
            if (kinds.Count > 0 && sharedAudience.Length > 0)
                evidence.Add(new EvidenceItem("same-audience", $"{flagship.Title} is aimed at the same audience ({string.Join(", ", sharedAudience)})", model.SameAudience));
        }
        else
        {
            var sameCity = SameCity(query, other);
            var sameCountry = query.Country is not null && query.Country == other.Country;
            var sameRegion = query.Region == other.Region;
            if (overlap && relation.Score >= model.DuplicateTextThreshold && SamePlace(query, other, sameCity, sameCountry))
                Add(ClashKind.Duplicate, "same-event", $"Alike in name ({relation.Score:0.00}), same place, {when}: probably one event registered twice", 1);
            if (sameCity && (overlap || adjacent))
                Add(ClashKind.SameCity, overlap ? "same-city-overlap" : "same-city-adjacent", $"Both in {query.City}, {when}",
                    overlap ? model.SameCityOverlap : model.SameCityAdjacent);
            else if (sameCountry && (overlap || adjacent))
                Add(ClashKind.SameCountry, overlap ? "same-country-overlap" : "same-country-adjacent", $"Both in {CountryName(query.Country!)}, {when}",
                    overlap ? model.SameCountryOverlap : model.SameCountryAdjacent);
            else if (sameRegion && overlap && query.Region != Region.GLOBAL)
                Add(ClashKind.SameRegion, "same-region-overlap", $"Both in region {query.Region}, {when}", model.SameRegionOverlap);

            if (sameRegion && (overlap || gap <= settings.SubjectWindow))
            {
                if (query.Topics.Intersect(other.Topics).ToArray() is { Length: > 0 } topics)
                    Add(ClashKind.SameSubject, "same-topic", $"Same topic ({string.Join(", ", topics)}) in region {query.Region}, {when}", model.SameTopic);
                if (relation.Score >= model.SubjectTextThreshold)
                    Add(ClashKind.SameSubject, "similar-text", $"Similar title and description ({relation.Score:0.00}) in region {query.Region}, {when}",
                        Math.Round(model.SimilarText * relation.Score, 4));
            }
            if (sharedAudience.Length > 0 && WeeksOverlap(query, other))
                Add(ClashKind.SameAudience, "same-audience", $"Same audience ({string.Join(", ", sharedAudience)}) in overlapping weeks", model.SameAudience);
            if (kinds.Any(k => k is ClashKind.SameCity or ClashKind.SameCountry or ClashKind.SameRegion) && !query.Sectors.Intersect(other.Sectors).Any())
                evidence.Add(new EvidenceItem("other-sector", $"Organised by other sectors ({string.Join(", ", query.Sectors)} and {string.Join(", ", other.Sectors)})", model.OtherSector));
        }
        if (kinds.Count == 0) return null;

        var score = Math.Round(Math.Min(1, evidence.Sum(e => e.Contribution)), 4);
        var severity = score >= model.HighSeverity ? Severity.High : score >= model.AlertThreshold ? Severity.Medium : Severity.Low;
        var sectors = query.Sectors.Union(other.Sectors).Distinct().Order().ToArray();
        var signals = relation.Signals;
        var explanation = new OverlapExplanation(
            Math.Round(relation.Score, 4), Math.Round(signals?.Cosine ?? 0, 4), Math.Round(signals?.WeightedJaccard ?? 0, 4),
            Math.Round(signals?.TrigramDice ?? 0, 4), signals?.SharedTerms ?? [], [.. evidence], sectors, sectors.Length > 1);
        return new EventClash(other.ToSummary(), other.IsFlagship, [.. kinds], score, severity, score >= model.AlertThreshold, explanation, other.MaterialHash);
    }

    /// <summary>Most serious first; ties by the nearer start, then by id, so that the order is stable.</summary>
    public static IOrderedEnumerable<EventClash> Rank(IEnumerable<EventClash> clashes) =>
        clashes.OrderByDescending(c => c.Score).ThenBy(c => c.Other.StartUtc).ThenBy(c => c.Other.Id, StringComparer.Ordinal);

    /// <summary>The span a calendar must search around an event to find everything that may clash with it.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Reach(EventProfile query, ClashSettings settings) =>
        (query.StartUtc - settings.Reach, query.EndUtc + settings.Reach);

    private static readonly TimeSpan OneWeek = TimeSpan.FromDays(7);

    private static bool ShareATopic(EventProfile a, EventProfile b)
    {
        foreach (var topic in a.Topics)
            if (Array.IndexOf(b.Topics, topic) >= 0) return true;
        return false;
    }

    private static bool Overlap(EventProfile a, EventProfile b) => a.StartUtc < b.EndUtc && b.StartUtc < a.EndUtc;

    private static TimeSpan OverlapLength(EventProfile a, EventProfile b) =>
        (a.EndUtc < b.EndUtc ? a.EndUtc : b.EndUtc) - (a.StartUtc > b.StartUtc ? a.StartUtc : b.StartUtc);

    /// <summary>Time between the end of the earlier and the start of the later; zero when they touch or overlap.</summary>
    private static TimeSpan Gap(EventProfile a, EventProfile b)
    {
        return a.StartUtc >= b.EndUtc ? a.StartUtc - b.EndUtc : b.StartUtc >= a.EndUtc ? b.StartUtc - a.EndUtc : TimeSpan.Zero;
    }

    /// <summary>Calendar weeks (Monday to Sunday, UTC) in which each event takes place overlap.</summary>
    private static bool WeeksOverlap(EventProfile a, EventProfile b) =>
        WeekStart(a.StartUtc) <= WeekStart(b.EndUtc.AddTicks(-1)) && WeekStart(b.StartUtc) <= WeekStart(a.EndUtc.AddTicks(-1));

    private static DateOnly WeekStart(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>Two listings of one event are in the same city, or both have no venue (online) in the same country or none.</summary>
    private static bool SamePlace(EventProfile a, EventProfile b, bool sameCity, bool sameCountry) =>
        sameCity || (a.City is null && b.City is null && (sameCountry || (a.Country is null && b.Country is null)));

    /// <summary>Cities compare without case, accents or a trailing state or district ("Dallas, TX" is Dallas), and only within one country.</summary>
    public static bool SameCity(EventProfile a, EventProfile b) =>
        a.City is not null && b.City is not null
        && (a.Country is null || b.Country is null || a.Country == b.Country)
        && CityKey(a.City) == CityKey(b.City);

    public static string CityKey(string city)
    {
        var name = city.Split(',')[0].Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static string CountryName(string code) => Countries.TryGet(code, out var c) ? $"{c.Name} ({c.Code})" : code;

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{Math.Round(span.TotalDays, 1):0.#} day{(Math.Round(span.TotalDays, 1) == 1 ? "" : "s")}"
        : $"{Math.Round(span.TotalHours, 1):0.#} hours";
}
