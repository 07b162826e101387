using Coordination.TestData;

namespace Coordination.Benchmarks;

/// <summary>What the event benchmark takes from shared/data/events/conferences-2013-2022.csv: names and venues by country.</summary>
public sealed record EventCorpusSource(string[] Names, (string Country, string[] Cities)[] Venues);

/// <summary>
/// The event benchmark's corpus: planned events made from the real conference names and venues of the
/// conference listing, as many as asked for, always the same for the same index (event i does not depend on N).
/// <list type="bullet">
/// <item>Titles: the listing's distinct names (in file order) for the first events, then the same names with a
/// year after them ("PyCon Africa 2028"), so that a name comes back about once per pass over the names.</item>
/// <item>Venues: a country of the listing that the platform knows (its ITU region follows), uniformly, then one
/// of its cities in the listing, uniformly; the listing is mostly in the United States and Europe, the ITU's
/// events are spread over its members. One event in ten is online, held in no city: a GLOBAL event.</item>
/// <item>Dates: start uniform over the five years 2027-2031, lasting 1 to 5 days, in UTC.</item>
/// <item>Organising sector, kind and, for three events in ten, one audience out of six, uniformly at random.</item>
/// <item>No topics: topics must exist before an event can name them, and the benchmark registers events alone.</item>
/// </list>
/// </summary>
public static class EventCorpus
{
    private const int Seed = 20270101;
    private static readonly DateTime First = new(2027, 1, 1);
    private const int Days = 5 * 365;

    private static readonly string[] Audiences =
        ["Ministers", "Regulators", "Member-state delegates", "Private sector", "Academia", "Youth"];

    public static EventCorpusSource Read(string path)
    {
        var rows = ConferenceListing.Read(path);
        var names = rows.Select(r => r.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var venues = rows
            .Select(r => (r.City, Country: ConferenceListing.CountryCode(r.Country)))
            .Where(v => v.City.Length > 0 && v.Country is not null)
            .GroupBy(v => v.Country!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(v => v.City).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .ToArray();
        if (names.Length == 0 || venues.Length == 0) throw new FormatException($"{path}: no conference names or no venues in a known country.");
        return new(names, venues);
    }

    /// <summary>Events <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1, ids "{prefix}-{i}".</summary>
    public static EventDraft[] Synthesise(EventCorpusSource source, string prefix, int from, int count) =>
        Enumerable.Range(from, count).Select(i => Event(source, prefix, i)).ToArray();

    private static EventDraft Event(EventCorpusSource source, string prefix, int i)
    {
        var random = new Random(Seed + i);
        var pass = i / source.Names.Length;
        var title = source.Names[i % source.Names.Length] + (pass == 0 ? "" : $" {2026 + pass}");
        var online = random.Next(10) == 0;
        var (country, cities) = source.Venues[random.Next(source.Venues.Length)];
        var city = cities[random.Next(cities.Length)];
        var start = First.AddDays(random.Next(Days));
        return new EventDraft
        {
            Id = $"{prefix}-{i}",
            Title = title,
            Kind = Enum.GetName(Enum.GetValues<EventKind>()[random.Next(Enum.GetValues<EventKind>().Length)]),
            Start = start,
            End = start.AddDays(1 + random.Next(5)),
            TimeZone = "UTC",
            City = online ? null : city,
            Country = online ? null : country,
            Region = online ? nameof(Region.GLOBAL) : null,
            OrganisingSectors = [Enum.GetName(Enum.GetValues<Sector>()[random.Next(4)])!],
            Audience = random.Next(10) < 3 ? [Audiences[random.Next(Audiences.Length)]] : [],
        };
    }
}
