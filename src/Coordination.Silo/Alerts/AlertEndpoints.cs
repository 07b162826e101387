using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Coordination.Silo.Alerts;

internal static class AlertEndpoints
{
    public sealed record ResolutionRequest(string? Resolution, string? Reason, string? TaskForce = null);

    public sealed record AssignmentRequest(string? Assignee);

    public sealed record CommentRequest(string? Text);

    public static void MapAlertEndpoints(this IEndpointRouteBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAlertsAsync).WithSummary(
            "Alerts routed to a dashboard: route MCG (default), MCG+, CoCo, TF:{task force} or RD:{region}; filters kind (activity-overlap, event-clash), " +
            "status, severity, sectors (e.g. BR,BDT: alerts involving both; TSB,TSB: within TSB alone), region, topic, minAgeDays, overdue, " +
            "assignee (me, none, or a person's id); order Severity, Newest or Oldest. Each item adds owner (the dashboard that owns it) and assignee ({id, name}).");
        alerts.MapGet("/export.csv", ExportAlertsAsync).WithSummary(
            "The alerts the same filters select, every page, as CSV (UTF-8 with a byte order mark) named alerts-{route}-{date}.csv, with a link to each alert's page.");
        alerts.MapGet("/charts", AlertCharts.GetAsync).WithSummary(
            "The charts of one dashboard (the list's filters), each counted with the list query it summarises (its 'list') and captioned.");
        alerts.MapGet("/{id}", async (AlertViews views, IOptions<JsonOptions> json, string id) =>
                await views.DetailAsync(id) is { } detail ? Results.Json(AlertViews.Json(detail, json.Value.SerializerOptions)) : HttpResults.NotFound("alert", id))
            .WithSummary("One alert with its evidence and its audit trail; owner, assignee ({id, name}), each side's registrant and links, and the links between the two.");
        alerts.MapPost("/{id}/resolution", async (HttpContext http, AlertDecisions decisions, string id, ResolutionRequest request) =>
                HttpResults.From(await decisions.ResolveAsync(http.User, id, request.Resolution, request.Reason, request.TaskForce), $"/api/alerts/{id}"))
            .WithSummary("Decide an alert: Coordinate (with the task force that links both), Merge, or NotDuplicate (with a reason). " +
                "Coordinators decide any alert; a regional director those within one sector and the director's region.");
        alerts.MapPost("/{id}/acknowledgement", async (HttpContext http, AlertDecisions decisions, string id) =>
                HttpResults.From(await decisions.AcknowledgeAsync(http.User, id), $"/api/alerts/{id}"))
            .WithSummary("Say the alert is being looked at (those who may decide it).");
        alerts.MapPost("/{id}/assignment", async (HttpContext http, AlertDecisions decisions, string id, AssignmentRequest request) =>
                HttpResults.From(await decisions.AssignAsync(http.User, id, request.Assignee), $"/api/alerts/{id}"))
            .WithSummary("Hand the alert to a person the platform knows, by id (GET /api/people); an unknown one is refused with 422, an empty assignee takes it back.");
        alerts.MapPost("/{id}/comments", async (HttpContext http, AlertDecisions decisions, string id, CommentRequest request) =>
                HttpResults.From(await decisions.CommentAsync(http.User, id, request.Text), $"/api/alerts/{id}"))
            .WithSummary("Comment on the alert (any signed-in user); recorded in its audit trail.");
    }

    private static async Task<IResult> ListAlertsAsync(HttpContext http, AlertDirectory directory, IOptions<JsonOptions> json,
        [AsParameters] AlertFilters.Parameters filters, int offset = 0, int limit = 50)
    {
        if (Paging.Check(offset, limit) is { } badPage) return badPage;
        var (query, problem) = AlertFilters.Parse(filters, http.User);
        if (query is null) return problem!;
        var page = await directory.ListRowsAsync(query with { Offset = offset, Limit = limit });
        var options = json.Value.SerializerOptions;
        return Results.Json(new Page<JsonObject>([.. page.Items.Select(row => AlertViews.Json(row, options))], page.Total, page.Offset, page.Limit), options);
    }

    /// <summary>Also served to the web UI at /alerts/export.csv (cookie sign-in).</summary>
    public static async Task<IResult> ExportAlertsAsync(HttpContext http, AlertDirectory directory, TimeProvider clock, [AsParameters] AlertFilters.Parameters filters)
    {
        var (query, problem) = AlertFilters.Parse(filters, http.User);
        if (query is null) return problem!;
        var page = await directory.ListRowsAsync(query with { Offset = 0, Limit = int.MaxValue });
        var siteRoot = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return Results.File(AlertCsv.Bytes(AlertCsv.Write(page.Items, directory.IsOverdue, siteRoot)), "text/csv; charset=utf-8",
            AlertCsv.FileName(query.Route, clock.GetUtcNow()));
    }
}
