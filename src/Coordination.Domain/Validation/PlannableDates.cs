using System.Globalization;

namespace Coordination.Domain.Validation;

/// <summary>
/// The dates the platform stores and searches, for activities, events, flagship windows and every date in a query.
/// Wide enough for any real plan, and far enough from the ends of the calendar types that a week or a year either
/// side of a date still exists (an event in 9999 was stored but could never be listed).
/// </summary>
public static class PlannableDates
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2200, 12, 31);

    public static string Range => $"{Format(First)} to {Format(Last)}";

    /// <summary>A day as the API writes it, whatever the culture of the request.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>A local or UTC time, by its date.</summary>
    public static bool Contains(DateTime time) => Contains(DateOnly.FromDateTime(time));

    /// <summary>An instant, by its date in UTC.</summary>
    public static bool Contains(DateTimeOffset instant) => Contains(instant.UtcDateTime);

    public static LocalizableText Refusal(string field, string value) =>
        LocalizableText.Of($"{field} {value} is outside the dates the platform plans for ({Format(First)} to {Format(Last)}).");
}
