using System.Text.Json;

namespace Coordination.Silo.Web;

/// <summary>The downloads the pages link to; they take the web cookie, where their API twins take bearer tokens only.</summary>
internal static class WebExportEndpoints
{
    /// <summary>The API's JSON, indented for a person to read.</summary>
    private static readonly JsonSerializerOptions ExportJson = new(ApiJson.Options) { WriteIndented = true };

    public static void MapWebExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alerts/export.csv", AlertEndpoints.ExportAlertsAsync);
        // The API's /api/calendar.ics takes bearer tokens only; the calendar page links here.
        app.MapGet("/calendar/export.ics", CalendarFileEndpoints.ExportAsync);
        app.MapGet("/alerts/{id}/export.json", async (AlertDirectory directory, string id) =>
            await directory.GetAsync(id) is { } alert
                ? Results.File(JsonSerializer.SerializeToUtf8Bytes(alert, ExportJson), "application/json", $"alert-{id.Replace('~', '_').Replace(':', '_')}.json")
                : Results.NotFound());
    }
}
