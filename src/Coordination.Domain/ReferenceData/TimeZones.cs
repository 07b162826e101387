using System.Collections.Frozen;
using NodaTime.TimeZones;

namespace Coordination.Domain.ReferenceData;

/// <summary>One IANA zone of a country, with the tz database's note on where it applies ("Moscow area").</summary>
public sealed record CountryTimeZone(string ZoneId, string? Comment);

/// <summary>
/// The venue's time zone: a country's zones come from the tz database's zone.tab (as NodaTime ships it), kept only
/// when this host knows them too, so that a suggestion always validates. The country's primary zone comes first.
/// </summary>
public static class TimeZones
{
    /// <summary>
    /// zone.tab orders a country's zones geographically, most populous first only where that fits; for these countries
    /// that puts an outlying zone first, so the zone of the capital and most of the population is named here. The
    /// first of each list this host knows wins (the tz database renamed Europe/Kiev to Europe/Kyiv).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> Primary = new Dictionary<string, string[]>
    {
        ["AU"] = ["Australia/Sydney"], ["BR"] = ["America/Sao_Paulo"], ["CA"] = ["America/Toronto"], ["FM"] = ["Pacific/Pohnpei"],
        ["PS"] = ["Asia/Hebron"], ["RU"] = ["Europe/Moscow"], ["UA"] = ["Europe/Kyiv", "Europe/Kiev"], ["UZ"] = ["Asia/Tashkent"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, CountryTimeZone[]> ByCountry =
        (TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
            .Where(l => TimeZoneInfo.TryFindSystemTimeZoneById(l.ZoneId, out _))
            .GroupBy(l => l.CountryCode, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => PrimaryFirst(g.Key, g.Select(l => new CountryTimeZone(l.ZoneId, string.IsNullOrWhiteSpace(l.Comment) ? null : l.Comment)).ToArray()),
                StringComparer.OrdinalIgnoreCase);

    /// <summary>Every zone a venue can be in (those of zone.tab this host knows) and UTC, sorted by id.</summary>
    public static IReadOnlyList<string> All { get; } =
        ByCountry.Values.SelectMany(zones => zones).Select(z => z.ZoneId).Append("UTC").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Headquarters and the regional offices' cities, offered while no country is given.</summary>
    public static IReadOnlyList<string> Common { get; } =
        ["UTC", "Europe/Zurich", "Africa/Addis_Ababa", "America/Sao_Paulo", "Africa/Cairo", "Asia/Bangkok", "Europe/Moscow"];

    /// <summary>The country's zones, its primary zone first and the others in the tz database's order; empty for an unknown country.</summary>
    public static IReadOnlyList<CountryTimeZone> OfCountry(string? countryCode) =>
        countryCode is not null && ByCountry.TryGetValue(countryCode.Trim(), out var zones) ? zones : [];

    /// <summary>The zone of a country that has only one; null when the venue's zone must be chosen among several, or is unknown.</summary>
    public static string? DefaultFor(string? countryCode) => OfCountry(countryCode) is [var only] ? only.ZoneId : null;

    /// <summary>
    /// The zone to assume for a venue in the country when nothing else says which: its only zone, or the zone of its capital
    /// and most of its population (Europe/Moscow for RU, America/New_York for US); null for an unknown country.
    /// </summary>
    public static string? PrimaryOf(string? countryCode) => OfCountry(countryCode) is [var first, ..] ? first.ZoneId : null;

    /// <summary>Whether the zone is one of the country's.</summary>
    public static bool IsIn(string? countryCode, string? zoneId) =>
        zoneId is not null && OfCountry(countryCode).Any(z => z.ZoneId.Equals(zoneId.Trim(), StringComparison.Ordinal));

    private static CountryTimeZone[] PrimaryFirst(string countryCode, CountryTimeZone[] zones)
    {
        if (!Primary.TryGetValue(countryCode, out var candidates)) return zones;
        var primary = candidates.Select(id => zones.FirstOrDefault(z => z.ZoneId == id)).FirstOrDefault(z => z is not null);
        return primary is null ? zones : [primary, .. zones.Where(z => z != primary)];
    }
}
