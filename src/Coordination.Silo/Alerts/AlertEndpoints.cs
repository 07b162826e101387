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
            "status, severity, sectors (e.g. BR,BDT: alerts involving both), region, topic, minAgeDays, overdue; order Severity, Newest or Oldest.");
        alerts.MapGet("/export.csv", ExportAlertsAsync).WithSummary("The alerts the same filters select, every page, as CSV.");
        alerts.MapGet("/{id}", async (AlertDirectory directory, OverlapWording wording, string id) =>
            await directory.GetAsync(id) is { } alert ? Results.Ok(await wording.WordAsync(alert)) : HttpResults.NotFound("alert", id))
            .WithSummary("One alert with its evidence and its audit trail.");
        alerts.MapPost("/{id}/resolution", async (HttpContext http, AlertDecisions decisions, string id, ResolutionRequest request) =>
                HttpResults.From(await decisions.ResolveAsync(http.User, id, request.Resolution, request.Reason, request.TaskForce), $"/api/alerts/{id}"))
            .WithSummary("Decide an alert: Coordinate (with the task force that links both), Merge, or NotDuplicate (with a reason). " +
                "Coordinators decide any alert; a regional director those within one sector and the director's region.");
        alerts.MapPost("/{id}/acknowledgement", async (HttpContext http, AlertDecisions decisions, string id) =>
                HttpResults.From(await decisions.AcknowledgeAsync(http.User, id), $"/api/alerts/{id}"))
            .WithSummary("Say the alert is being looked at (those who may decide it).");
        alerts.MapPost("/{id}/assignment", async (HttpContext http, AlertDecisions decisions, string id, AssignmentRequest request) =>
                HttpResults.From(await decisions.AssignAsync(http.User, id, request.Assignee), $"/api/alerts/{id}"))
            .WithSummary("Hand the alert to a user (an empty assignee takes it back).");
        alerts.MapPost("/{id}/comments", async (HttpContext http, AlertDecisions decisions, string id, CommentRequest request) =>
                HttpResults.From(await decisions.CommentAsync(http.User, id, request.Text), $"/api/alerts/{id}"))
            .WithSummary("Comment on the alert (any signed-in user); recorded in its audit trail.");
    }

    private static async Task<IResult> ListAlertsAsync(AlertDirectory directory, [AsParameters] AlertFilters.Parameters filters, int offset = 0, int limit = 50)
    {
        if (Paging.Check(offset, limit) is { } badPage) return badPage;
        var (query, problem) = AlertFilters.Parse(filters);
        return query is null ? problem! : Results.Ok(await directory.ListAsync(query with { Offset = offset, Limit = limit }));
    }

    /// <summary>Also served to the web UI at /alerts/export.csv (cookie sign-in).</summary>
    public static async Task<IResult> ExportAlertsAsync(AlertDirectory directory, [AsParameters] AlertFilters.Parameters filters)
    {
        var (query, problem) = AlertFilters.Parse(filters);
        if (query is null) return problem!;
        var page = await directory.ListAsync(query with { Offset = 0, Limit = int.MaxValue });
        return Results.Text(AlertCsv.Write(page.Items, directory.IsOverdue), "text/csv; charset=utf-8");
    }
}
