namespace Coordination.Silo.Api;

/// <summary>
/// The [from, to) of a calendar query, the same for every endpoint that takes one: the coming year by default, both
/// ends within <see cref="PlannableDates"/>, and to after from by at most the endpoint's longest window (a year, or else
/// five years: each is a sentence of its own, for translation).
/// </summary>
internal static class QueryWindow
{
    public static IResult? Check(DateTimeOffset? from, DateTimeOffset? to, TimeProvider clock, TimeSpan longest, bool longestIsAYear,
        out DateTimeOffset start, out DateTimeOffset end)
    {
        (start, end) = (default, default);
        // Before any arithmetic: a year after 9999-12-30 does not exist.
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
            if (value is { } given && !PlannableDates.Contains(given))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad date range", PlannableDates.Refusal($"'{name}'", given.ToString("O")));
        start = from ?? clock.GetUtcNow().Date;
        end = to ?? start.AddYears(1);
        if (end > start && end - start <= longest) return null;
        return longestIsAYear
            ? HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad date range", $"'to' must be after 'from' and at most a year later (from {start:O}, to {end:O}).")
            : HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad date range", $"'to' must be after 'from' and at most five years later (from {start:O}, to {end:O}).");
    }
}
