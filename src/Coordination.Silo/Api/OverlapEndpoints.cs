using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Domain.Access;
using Coordination.Domain.Overlaps;
using Coordination.Grains.Overlaps;
using Coordination.Silo.Security;

namespace Coordination.Silo.Api;

internal static class OverlapEndpoints
{
    public sealed record ResolutionRequest(string? Resolution, string? Reason);

    public static void MapOverlapEndpoints(this IEndpointRouteBuilder api)
    {
        var overlaps = api.MapGroup("/overlaps").WithTags("Overlap detection");
        overlaps.MapPost("/check", CheckDraftAsync)
            .WithSummary("Check before launch: the existing activities a draft most likely duplicates, ranked and explained. Stores nothing.");
        overlaps.MapPost("/rescan", async (IGrainFactory grains) =>
                Results.Accepted("/api/overlaps/rescan", await grains.GetGrain<IOverlapRescanGrain>(0).StartAsync()))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithSummary("Re-check every activity now (coordinators); progress at GET /api/overlaps/rescan.");
        overlaps.MapGet("/rescan", (IGrainFactory grains) => grains.GetGrain<IOverlapRescanGrain>(0).GetProgressAsync());

        api.MapGet("/activities/{id}/overlaps", async (IGrainFactory grains, string id) =>
        {
            var grain = grains.GetGrain<IActivityGrain>(id);
            if (await grain.GetAsync() is null) return HttpResults.NotFound("activity", id);
            return Results.Ok(new { matches = await grain.FindOverlapsAsync() });
        }).WithTags("Activities").WithSummary("The stored activity's likely duplicates, ranked and explained.");

        var alerts = api.MapGroup("/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAlertsAsync).WithSummary("Alerts routed to a dashboard: route MCG (default), MCG+, CoCo, TF:{task force} or RD:{region}; kind activity-overlap or event-clash.");
        alerts.MapGet("/{id}", async (IGrainFactory grains, string id) =>
            await grains.GetGrain<IAlertGrain>(id).GetAsync() is { } alert ? Results.Ok(alert) : HttpResults.NotFound("alert", id));
        alerts.MapPost("/{id}/resolution", ResolveAsync)
            .WithSummary("Decide an alert: Coordinate, Merge, or NotDuplicate (with a reason). Coordinators decide any alert; " +
                "a regional director those within one sector and the director's region.");
    }

    private static async Task<IResult> CheckDraftAsync(IGrainFactory grains, ActivityDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Title) && string.IsNullOrWhiteSpace(draft.Description))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["Give at least a title or a description to check."] },
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request has invalid fields");
        var matches = await OverlapIndex.CheckAsync(grains, OverlapProfiles.OfDraft(draft));
        return Results.Ok(new { matches });
    }

    private static async Task<IResult> ListAlertsAsync(IGrainFactory grains, string? route, string? status, string? severity, string? kind, int offset = 0, int limit = 50)
    {
        if (Paging.Check(offset, limit) is { } badPage) return badPage;
        route = string.IsNullOrWhiteSpace(route) ? Alerts.Mcg : route.Trim();
        if (!IsRoute(route))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown route",
                $"Unknown route '{route}'. Expected MCG, MCG+, CoCo, TF:{{task force id}} or RD:{{region}}.");
        if (!string.IsNullOrWhiteSpace(kind) && kind is not (Alerts.ActivityOverlap or Alerts.EventClash))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown kind", $"Unknown alert kind '{kind}'. Expected {Alerts.ActivityOverlap} or {Alerts.EventClash}.");
        AlertStatus? onlyStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Codes.TryParse<AlertStatus>(status, out var s))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown status", $"Unknown status '{status}'. Expected one of: {Codes.Expected<AlertStatus>()}.");
            onlyStatus = s;
        }
        Severity? onlySeverity = null;
        if (!string.IsNullOrWhiteSpace(severity))
        {
            if (!Codes.TryParse<Severity>(severity, out var s))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown severity", $"Unknown severity '{severity}'. Expected one of: {Codes.Expected<Severity>()}.");
            onlySeverity = s;
        }
        var buckets = await Task.WhenAll(Partitions.AlertInboxKeys(route).Select(k => grains.GetGrain<IAlertInboxGrain>(k).ListAsync()));
        var items = buckets.SelectMany(b => b)
            .Where(a => (onlyStatus is null || a.Status == onlyStatus) && (onlySeverity is null || a.Severity == onlySeverity)
                && (string.IsNullOrWhiteSpace(kind) || a.Kind == kind))
            .ToArray();
        var ordered = items.OrderByDescending(a => a.Severity).ThenByDescending(a => a.Score).ThenBy(a => a.Id, StringComparer.Ordinal);
        return Results.Ok(Paging.Page(ordered, items.Length, offset, limit));
    }

    private static async Task<IResult> ResolveAsync(HttpContext http, IGrainFactory grains, string id, ResolutionRequest request)
    {
        var grain = grains.GetGrain<IAlertGrain>(id);
        if (await grain.GetAsync() is not { } alert) return HttpResults.NotFound("alert", id);
        if (await HttpResults.AuthorizeAsync(http, new AlertScope(id, alert.Regions, alert.Sectors)) is { } refused) return refused;
        if (!Codes.TryParse<AlertResolution>(request.Resolution, out var resolution))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["resolution"] = [$"Unknown resolution '{request.Resolution}'. Expected one of: {Codes.Expected<AlertResolution>()}."],
            }, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request has invalid fields");
        var result = await grain.ResolveAsync(resolution, request.Reason, http.User.UserId());
        return HttpResults.From(result, $"/api/alerts/{id}");
    }

    private static bool IsRoute(string route) =>
        route is Alerts.Mcg or Alerts.McgPlus or Alerts.CoCo
        || (route.StartsWith("TF:", StringComparison.Ordinal) && Identifiers.IsValid(route[3..]))
        || (route.StartsWith("RD:", StringComparison.Ordinal) && Codes.TryParse<Region>(route[3..], out _));
}
