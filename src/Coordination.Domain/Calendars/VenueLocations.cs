using System.Text.RegularExpressions;

namespace Coordination.Domain.Calendars;

/// <summary>A venue read from free text: its city and, when the text names one, its country's ISO code.</summary>
public sealed record VenueLocation(string? City, string? Country);

/// <summary>
/// Reads the LOCATION of a calendar entry, which people write as "City, Country" ("Accra, Ghana", "Nairobi, KE",
/// "Palais des Nations, Geneva, Switzerland"). The country is the last part when it names one of the platform's
/// countries (English names, short forms, or the ISO code); the city is the part before it, passing over a postcode
/// or a state code ("Boston, MA, USA").
/// </summary>
public static partial class VenueLocations
{
    [GeneratedRegex(@"\d|^[A-Z]{1,3}$")]
    private static partial Regex PostcodeOrStateCode();

    public static VenueLocation Parse(string? location)
    {
        var parts = (location ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new VenueLocation(null, null);
        if (parts.Length == 1) return new VenueLocation(parts[0], null);
        if (CountryNames.CodeOf(parts[^1]) is not { } country) return new VenueLocation(parts[0], null);
        var before = parts[..^1];
        var city = before.Reverse().FirstOrDefault(p => !PostcodeOrStateCode().IsMatch(p)) ?? before[0];
        return new VenueLocation(city, country);
    }
}
