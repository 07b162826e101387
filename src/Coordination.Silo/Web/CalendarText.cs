using System.Globalization;

namespace Coordination.Silo.Web;

/// <summary>How the calendar pages write regions, dates and positions; English, whatever the server's culture.</summary>
public static class CalendarText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string RegionName(Region region) => region switch
    {
        Region.AFR => "Africa",
        Region.AMS => "Americas",
        Region.ARB => "Arab States",
        Region.ASP => "Asia and the Pacific",
        Region.CIS => "CIS",
        Region.EUR => "Europe",
        _ => "Headquarters and online",
    };

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", English);

    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", English);

    public static string WeekDay(DateOnly day) => day.ToString("ddd", English);

    public static string Time(DateTime local) => local.ToString("HH:mm", English);

    /// <summary>"Tue 9 Mar 2027, 09:00–17:00", or "Tue 9 Mar 2027 09:00 – Thu 11 Mar 2027 17:00" over several days.</summary>
    public static string When(DateTime start, DateTime end) =>
        start.Date == end.Date
            ? $"{start.ToString("ddd d MMM yyyy", English)}, {Time(start)}–{Time(end)}"
            : $"{start.ToString("ddd d MMM yyyy HH:mm", English)} – {end.ToString("ddd d MMM yyyy HH:mm", English)}";

    public static string WhenUtc(DateTimeOffset start, DateTimeOffset end) => When(start.UtcDateTime, end.UtcDateTime) + " UTC";

    /// <summary>"Nairobi, KE", or "" when an event gives neither city nor country.</summary>
    public static string Place(string? city, string? country) =>
        string.Join(", ", new[] { city, country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>"1 event", "3 events".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>A fraction as a CSS percentage.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
