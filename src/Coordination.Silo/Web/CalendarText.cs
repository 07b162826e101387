using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Coordination.Silo.Web;

/// <summary>
/// How the calendar pages write months, days, times, places, counts and clashes in the reader's culture, always on
/// the Gregorian calendar (UiCultures.Create). Counts are phrased so that no language needs plural forms the
/// resources cannot give ("Events: 3" in Russian and Arabic).
/// </summary>
public sealed class CalendarText(IStringLocalizer<CalendarText> text, Labels labels)
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public string RegionName(Region region) => labels.Region(region);

    /// <summary>"March 2027", "mars 2027", "2027年3月".</summary>
    public static string Month(DateOnly month) => month.ToString("Y", Culture);

    /// <summary>The first month to the last: "March 2027 – May 2027".</summary>
    public string Months(DateOnly first, DateOnly last) => text["Range", Month(first), Month(last)];

    /// <summary>"Tuesday, 9 March 2027", in the culture's long date form.</summary>
    public static string Day(DateOnly day) => day.ToString("D", Culture);

    /// <summary>The abbreviated name of a day of the week, for the month grid's heading.</summary>
    public static string WeekDay(DayOfWeek day) => Culture.DateTimeFormat.GetAbbreviatedDayName(day);

    /// <summary>The first day of the reader's week: Monday in most of the six cultures, Saturday in Arabic.</summary>
    public static DayOfWeek FirstDayOfWeek => Culture.DateTimeFormat.FirstDayOfWeek;

    public static string Time(DateTime local) => local.ToString("t", Culture);

    /// <summary>"Tue 9 Mar 2027, 09:00–17:00", or "Tue 9 Mar 2027 09:00 – Thu 11 Mar 2027 17:00" over several days.</summary>
    public string When(DateTime start, DateTime end) =>
        start.Date == end.Date
            ? text["When.OneDay", ShortDay(start), Time(start), Time(end)]
            : text["When.Days", ShortDay(start), Time(start), ShortDay(end), Time(end)];

    public string WhenUtc(DateTimeOffset start, DateTimeOffset end) => text["When.Utc", When(start.UtcDateTime, end.UtcDateTime)];

    /// <summary>
    /// Instants at the venue's wall clock with its zone named: "Tue 9 Mar 2027, 09:00–17:00 (Africa/Nairobi)"; in UTC for an
    /// entry kept before venues had zones.
    /// </summary>
    public string AtVenue(DateTimeOffset startUtc, DateTimeOffset endUtc, string? zoneId) =>
        zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)
            ? text["AtVenue", When(TimeZoneInfo.ConvertTime(startUtc, zone).DateTime, TimeZoneInfo.ConvertTime(endUtc, zone).DateTime), zoneId]
            : WhenUtc(startUtc, endUtc);

    /// <summary>"Nairobi, KE", or "" when an event gives neither city nor country.</summary>
    public string Place(string? city, string? country) =>
        string.Join(text["Place.Separator"], new[] { city, country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>"1 event", "3 events"; "Мероприятий: 3" where the plural depends on the number.</summary>
    public string Events(int count) => count == 1 ? text["Count.Event.One"] : text["Count.Event.Other", Labels.Number(count)];

    /// <summary>The clash kinds by name: "Same city · Same subject".</summary>
    public string Kinds(IEnumerable<ClashKind> kinds) => labels.Join(kinds.Select(labels.Clash));

    /// <summary>One line for a tooltip: "Clashes with X (High: Same city · Same subject); Y (flagship window) (...)".</summary>
    public string ClashesWith(IEnumerable<ClashPartner> partners) =>
        text["ClashesWith", string.Join(text["Partner.Separator"], partners.Select(p =>
            text["Partner", p.IsFlagship ? text["Flagship", p.Title] : p.Title, labels.Severity(p.Clash.Severity), Kinds(p.Clash.Kinds)]))];

    /// <summary>The event's local times at the venue and, for a clashing one, what it clashes with.</summary>
    public string Tooltip(PlacedEntry placed, ClashPartner[]? partners) =>
        $"{placed.Entry.Title}\n{text["AtVenue", When(placed.LocalStart, placed.LocalEnd), placed.Entry.TimeZone]}"
        + (partners is { Length: > 0 } ? "\n" + ClashesWith(partners) : "");

    /// <summary>A piece of clash evidence by what it found, in the reader's language; the scorer's own English words otherwise.</summary>
    public string Evidence(EvidenceItem evidence, EventClash clash) => evidence.Kind switch
    {
        "same-event" => text["Evidence.SameEvent"],
        "same-city-overlap" => text["Evidence.SameCityOverlap", clash.Other.City ?? ""],
        "same-city-adjacent" => text["Evidence.SameCityAdjacent", clash.Other.City ?? ""],
        "same-country-overlap" => text["Evidence.SameCountryOverlap", clash.Other.Country ?? ""],
        "same-country-adjacent" => text["Evidence.SameCountryAdjacent", clash.Other.Country ?? ""],
        "same-region-overlap" => text["Evidence.SameRegionOverlap", labels.Region(clash.Other.Region)],
        "same-topic" => text["Evidence.SameTopic"],
        "similar-text" => text["Evidence.SimilarText", Labels.Score(clash.Explanation.TextScore)],
        "same-audience" => text["Evidence.SameAudience"],
        "other-sector" => text["Evidence.OtherSector"],
        "flagship-overlap" => text["Evidence.FlagshipOverlap"],
        "flagship-adjacent" => text["Evidence.FlagshipAdjacent"],
        _ => evidence.Detail,
    };

    /// <summary>A day as the calendar lists it, in the resources' pattern for the language: "Tue 9 Mar 2027".</summary>
    private string ShortDay(DateTime day) => day.ToString(text["Format.Day"], Culture);

    /// <summary>A fraction as a CSS percentage.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
