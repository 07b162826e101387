using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Coordination.Domain.Calendars;

/// <summary>Builds the clash check's view of an event, of a flagship window, and the keys of the calendars it belongs to.</summary>
public static class EventProfiles
{
    /// <summary>The title says most about what an event is; it counts twice.</summary>
    private const int TitleWeight = 2;

    public static EventProfile Of(Event e) => Build(
        e.Id, e.Title, e.Description, e.Language, e.Kind, e.StartUtc, e.EndUtc, e.TimeZone, e.City, e.Country, e.Region,
        e.OrganisingSectors, e.Topics, e.Audience, e.Status, isFlagship: false);

    /// <summary>A flagship window as a calendar entry: whole days at the venue, from the first to the last inclusive.</summary>
    public static EventProfile Of(FlagshipWindow window)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(window.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        return Build(FlagshipId(window.Code), window.Name, null, "en", EventKind.Conference,
            AtMidnight(window.Start, zone), AtMidnight(window.End.AddDays(1), zone), zone.Id, window.City, window.Country, Region.GLOBAL,
            [window.Sector], [], window.Audience, EventStatus.Confirmed, isFlagship: true);
    }

    /// <summary>Flagship windows share the alert and clash lists with events; their ids cannot be event ids (which have no colon).</summary>
    public static string FlagshipId(string code) => $"flagship:{code}";

    /// <summary>The profile with its text left out, as the calendars that never compare text keep it.</summary>
    public static EventProfile Slim(EventProfile profile) => profile with { Terms = [], Trigrams = [] };

    /// <summary>Audience tags compare as slugs, so "Member-State delegates" and "member state delegates" are one audience.</summary>
    public static string AudienceTag(string audience) => Identifiers.Slugify(audience) ?? audience.Trim().ToLowerInvariant();

    /// <summary>The cross-region calendars of one audience are split by month so that no grain holds a whole audience.</summary>
    public static string AudienceCalendarKey(string audienceTag, DateOnly month) => $"{audienceTag}/{MonthKey(month)}";

    public static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of every month that [from, to) touches, in UTC.</summary>
    public static IEnumerable<DateOnly> Months(DateTimeOffset from, DateTimeOffset to)
    {
        var first = new DateOnly(from.UtcDateTime.Year, from.UtcDateTime.Month, 1);
        var last = DateOnly.FromDateTime(to.UtcDateTime.AddTicks(-1));
        for (var month = first; month <= last; month = month.AddMonths(1)) yield return month;
    }

    private static DateTimeOffset AtMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return EventRules.ToUtc(local, zone);
    }

    private static EventProfile Build(
        string id, string title, string? description, string language, EventKind? kind, DateTimeOffset startUtc, DateTimeOffset endUtc,
        string timeZone, string? city, string? country, Region region, Sector[] sectors, string[] topics, string[] audience,
        EventStatus status, bool isFlagship)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in TextAnalysis.Terms(title, language)) terms[term] = terms.GetValueOrDefault(term) + TitleWeight;
        foreach (var term in TextAnalysis.Terms(description, language)) terms[term] = terms.GetValueOrDefault(term) + 1;
        var profile = new EventProfile
        {
            EventId = id,
            Title = title,
            Kind = kind,
            StartUtc = startUtc,
            EndUtc = endUtc,
            TimeZone = timeZone,
            City = string.IsNullOrWhiteSpace(city) ? null : city.Trim(),
            Country = country,
            Region = region,
            Sectors = sectors,
            Topics = topics,
            Audience = audience.Select(AudienceTag).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Terms = terms,
            Trigrams = TextAnalysis.Trigrams($"{title} {description}"),
            IsFlagship = isFlagship,
            Status = status,
            MaterialHash = "",
        };
        var material = string.Join('\u001f', title, description, kind, startUtc.UtcTicks, endUtc.UtcTicks, profile.City, country, region,
            string.Join(',', sectors.Order()), string.Join(',', topics.Order(StringComparer.Ordinal)), string.Join(',', profile.Audience), status);
        return profile with { MaterialHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..16] };
    }
}
