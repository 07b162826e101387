using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coordination.Silo.Api;

/// <summary>The readiness answer as JSON: the overall status, then each check's status, description and details.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, JsonSerializerOptions.Web));
    }
}
