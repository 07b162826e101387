using System.Text;
using Coordination.Abstractions.Model;
using Coordination.Domain.ReferenceData;

namespace Coordination.Benchmarks;

/// <summary>What the event benchmark takes from shared/data/events/conferences-2013-2022.csv: names and venues by country.</summary>
public sealed record ConferenceListing(string[] Names, (string Country, string[] Cities)[] Venues);

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

    /// <summary>The countries of the listing that the ITU reference data names otherwise.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["U.S.A."] = "US", ["USA"] = "US", ["U.K."] = "GB", ["UK"] = "GB", ["Scotland"] = "GB", ["Russia"] = "RU",
        ["Czech Republic"] = "CZ", ["Turkey"] = "TR", ["South Korea"] = "KR", ["Korea"] = "KR", ["Vietnam"] = "VN",
    };

    public static ConferenceListing Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = Corpus.ReadRecord(reader) ?? throw new FormatException($"{path} is empty.");
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new FormatException($"{path}: expected a column '{name}' in the header.");
        int name = Column("name"), city = Column("city"), country = Column("country");
        var byName = Countries.All.ToDictionary(c => c.Name, c => c.Code, StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var seenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var cities = new Dictionary<string, SortedSet<string>>();
        while (Corpus.ReadRecord(reader) is { } cells)
        {
            if (cells.Length <= Math.Max(name, Math.Max(city, country))) continue;
            var title = cells[name].Trim();
            if (title.Length > 0 && seenNames.Add(title)) names.Add(title);
            var (c, code) = (cells[city].Trim(), Aliases.GetValueOrDefault(cells[country].Trim()) ?? byName.GetValueOrDefault(cells[country].Trim()));
            if (c.Length > 0 && code is not null)
            {
                if (!cities.TryGetValue(code, out var set)) cities[code] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(c);
            }
        }
        if (names.Count == 0 || cities.Count == 0) throw new FormatException($"{path}: no conference names or no venues in a known country.");
        return new([.. names], [.. cities.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.ToArray()))]);
    }

    /// <summary>Events <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1, ids "{prefix}-{i}".</summary>
    public static EventDraft[] Synthesise(ConferenceListing listing, string prefix, int from, int count) =>
        Enumerable.Range(from, count).Select(i => Event(listing, prefix, i)).ToArray();

    private static EventDraft Event(ConferenceListing listing, string prefix, int i)
    {
        var random = new Random(Seed + i);
        var pass = i / listing.Names.Length;
        var title = listing.Names[i % listing.Names.Length] + (pass == 0 ? "" : $" {2026 + pass}");
        var online = random.Next(10) == 0;
        var (country, cities) = listing.Venues[random.Next(listing.Venues.Length)];
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
