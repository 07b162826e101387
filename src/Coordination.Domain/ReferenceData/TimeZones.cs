using System.Collections.Frozen;
using NodaTime.TimeZones;

namespace Coordination.Domain.ReferenceData;

/// <summary>One IANA zone of a country, with the tz database's note on where it applies ("Moscow area").</summary>
public sealed record CountryTimeZone(string ZoneId, string? Comment);

/// <summary>
/// The venue's time zone a form can suggest: a country's zones come from the tz database's zone.tab (as NodaTime
/// ships it), kept only when this host knows them too, so that a suggestion always validates.
/// </summary>
public static class TimeZones
{
    private static readonly FrozenDictionary<string, CountryTimeZone[]> ByCountry =
        (TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
            .Where(l => TimeZoneInfo.TryFindSystemTimeZoneById(l.ZoneId, out _))
            .GroupBy(l => l.CountryCode, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(l => new CountryTimeZone(l.ZoneId, string.IsNullOrWhiteSpace(l.Comment) ? null : l.Comment)).ToArray(),
                StringComparer.OrdinalIgnoreCase);

    /// <summary>Headquarters and the regional offices' cities, offered while no country is given.</summary>
    public static IReadOnlyList<string> Common { get; } =
        ["UTC", "Europe/Zurich", "Africa/Addis_Ababa", "America/Sao_Paulo", "Africa/Cairo", "Asia/Bangkok", "Europe/Moscow"];

    /// <summary>The country's zones in the tz database's order; empty for an unknown country.</summary>
    public static IReadOnlyList<CountryTimeZone> OfCountry(string? countryCode) =>
        countryCode is not null && ByCountry.TryGetValue(countryCode.Trim(), out var zones) ? zones : [];

    /// <summary>The zone of a country that has only one; null when the venue's zone must be chosen among several, or is unknown.</summary>
    public static string? DefaultFor(string? countryCode) => OfCountry(countryCode) is [var only] ? only.ZoneId : null;
}
