using System.Security.Cryptography;
using System.Text;

namespace Coordination.Domain.Activities;

/// <summary>
/// Records of one sector that replicate one programme across countries: "Provision of Humanitarian Air Services in
/// Mauritania" and "... in South Sudan", or the "GEF Small Grants Programme, 5th Operational Phase" of 118 countries.
/// They form a family: its title without the country names, within one sector. A record of another sector that matches
/// the programme is shown against the family once and raises one alert for it, not one per country.
/// </summary>
public static class ActivityFamilies
{
    public const string Prefix = "family:";

    /// <summary>Longer keys end in a hash of the whole, so that an id stays a readable length.</summary>
    private const int LongestSlug = 80;

    /// <summary>Words left where a country name was cut ("in", "of the"): they do not tell programmes apart.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "in", "of", "the", "for", "to", "and", "at", "on", "republic", "de", "del", "la", "le", "les", "des", "du", "en", "et", "y", "el",
    };

    /// <summary>
    /// The family an activity belongs to, or null when it is not about particular countries (a global or regional record
    /// is the programme itself) or its title says too little once the places are cut (two words at least).
    /// </summary>
    public static string? IdOf(Sector sector, string title, bool aboutCountries)
    {
        if (!aboutCountries) return null;
        var words = CountryNames.WordsWithout(title).Where(w => !Connectives.Contains(w)).ToArray();
        if (words.Length < 2) return null;
        var slug = string.Join('-', words);
        if (slug.Length > LongestSlug)
            slug = $"{slug[..LongestSlug].TrimEnd('-')}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..8]}";
        return $"{Prefix}{sector}:{slug}";
    }

    /// <inheritdoc cref="IdOf(Sector, string, bool)"/>
    public static string? IdOf(Activity activity) =>
        IdOf(activity.Sector, activity.Title, activity.Countries.Length > 0 || CountryNames.In($"{activity.Title} ; {activity.Description}").Length > 0);

    /// <summary>
    /// Whether a side's family may stand for it against the other side: when the other covers its country (a global or
    /// regional record, the programme itself) or says nothing of where it works. Two records in one country are a pair
    /// of their own, and records in different countries do not overlap.
    /// </summary>
    public static bool StandsFor(OverlapProfile side, OverlapProfile other) =>
        side.Family is not null && OverlapPlaces.Relate(side, other) is PlaceRelation.Covered or PlaceRelation.Unknown;

    /// <summary>A family of records in two or more countries; records of one country under one title are duplicates, not a family.</summary>
    public static bool SpansCountries(IEnumerable<FamilyMember> members) =>
        members.Select(m => string.Join(',', m.Countries.Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Skip(1).Any();

    public static bool IsFamily(string partyId) => partyId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Matches ranked best first, each family found more than once shown once: by its best-ranked member that raises an
    /// alert (else its best-ranked), with the number of members found. The ranking is otherwise kept.
    /// </summary>
    public static OverlapMatch[] Collapse(IEnumerable<OverlapMatch> ranked)
    {
        var all = ranked.ToArray();
        var shown = all.Where(m => m.Family is not null).GroupBy(m => m.Family!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Member: g.FirstOrDefault(m => m.RaisesAlert) ?? g.First(), Found: g.Count()), StringComparer.Ordinal);
        return all.Where(m => m.Family is null || ReferenceEquals(shown[m.Family].Member, m))
            .Select(m => m.Family is { } family && shown[family].Found > 1 ? m with { FamilyMembersFound = shown[family].Found } : m)
            .ToArray();
    }
}
