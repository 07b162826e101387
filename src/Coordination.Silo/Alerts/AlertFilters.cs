using System.Security.Claims;

namespace Coordination.Silo.Alerts;

/// <summary>The alert filters of the query string, checked one by one so that a typo gets a 400 naming what was expected.</summary>
internal static class AlertFilters
{
    /// <summary>The filters as the query string carries them, shared by the list and its CSV export.</summary>
    public sealed record Parameters(string? Route, string? Status, string? Severity, string? Kind, string? Sectors,
        string? Region, string? Topic, int? MinAgeDays, bool? Overdue, string? Order, string? Assignee = null);

    /// <summary>Ten years: older than any alert, and far inside what a TimeSpan holds.</summary>
    public const int MaxAgeDays = 3650;

    /// <summary>The query the filters ask for; <paramref name="user"/> is whom assignee=me names.</summary>
    public static (AlertQuery? Query, IResult? Problem) Parse(Parameters filters, ClaimsPrincipal user)
    {
        var (route, status, severity, kind, sectors, region, topic, minAgeDays, overdue, order, assignee) = filters;
        route = string.IsNullOrWhiteSpace(route) ? AlertKeys.Mcg : route.Trim();
        if (!AlertQuery.IsRoute(route))
            return Bad("Unknown route", $"Unknown route '{route}'. Expected MCG, MCG+, CoCo, TF:{{task force id}} or RD:{{region}}.");
        if (!string.IsNullOrWhiteSpace(kind) && kind is not (AlertKeys.ActivityOverlap or AlertKeys.EventClash))
            return Bad("Unknown kind", $"Unknown alert kind '{kind}'. Expected {AlertKeys.ActivityOverlap} or {AlertKeys.EventClash}.");
        if (!TryOptional<AlertStatus>(status, out var onlyStatus)) return Bad("Unknown status", $"Unknown status '{status}'. Expected one of: {EnumCodes.Expected<AlertStatus>()}.");
        if (!TryOptional<Severity>(severity, out var onlySeverity)) return Bad("Unknown severity", $"Unknown severity '{severity}'. Expected one of: {EnumCodes.Expected<Severity>()}.");
        if (!TryOptional<Region>(region, out var onlyRegion)) return Bad("Unknown region", $"Unknown region '{region}'. Expected one of: {EnumCodes.Expected<Region>()}.");
        if (!TryOptional<AlertOrder>(order, out var ordering)) return Bad("Unknown order", $"Unknown order '{order}'. Expected one of: {EnumCodes.Expected<AlertOrder>()}.");
        var sectorList = new List<Sector>();
        foreach (var code in (sectors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EnumCodes.TryParse<Sector>(code, out var sector)) return Bad("Unknown sector", $"Unknown sector '{code}'. Expected one of: {EnumCodes.Expected<Sector>()}.");
            sectorList.Add(sector);
        }
        if (sectorList.Count > 2) return Bad("Too many sectors", $"Filter on one sector or a pair of sectors, e.g. sectors=BR,BDT.");
        if (minAgeDays is < 0 or > MaxAgeDays) return Bad("Bad age", $"minAgeDays must be between 0 and {MaxAgeDays}, not {minAgeDays}.");
        assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        if (assignee is "me") assignee = user.UserId();
        if (assignee is { Length: > 256 })
            return Bad("Bad assignee", $"assignee is me, none, or a person's id as GET /api/people lists them.");
        return (new AlertQuery
        {
            Route = route,
            Status = onlyStatus,
            Severity = onlySeverity,
            Kind = string.IsNullOrWhiteSpace(kind) ? null : kind,
            Sectors = [.. sectorList],
            Region = onlyRegion,
            Topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(),
            MinAgeDays = minAgeDays,
            OverdueOnly = overdue ?? false,
            Order = ordering ?? AlertOrder.Severity,
            Assignee = assignee,
        }, null);
    }

    private static bool TryOptional<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!EnumCodes.TryParse<T>(text, out var parsed)) return false;
        value = parsed;
        return true;
    }

    private static (AlertQuery?, IResult?) Bad(string title, FormattableString detail) => (null, HttpResults.Problem(StatusCodes.Status400BadRequest, title, detail));
}
