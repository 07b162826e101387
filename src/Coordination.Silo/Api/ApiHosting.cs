using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Dashboard;

namespace Coordination.Silo.Api;

public static class ApiHosting
{
    public static WebApplicationBuilder AddCoordinationApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o => ApiJson.Configure(o.SerializerOptions));
        // Binding failures reach ApiExceptionHandler, which says what was wrong with the body.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            // A body found too large while the framework binds it gets the status alone; say what the endpoint takes.
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && RequestBodyLimits.LimitOf(context.HttpContext) is { } limit)
                context.ProblemDetails.Detail ??= ProblemText.For(context.HttpContext).Render(RequestBodyLimits.Describe(limit));
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddCoordinationRateLimits();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddCheck<SiloHealthCheck>("silo", tags: ["ready"])
            .AddCheck<LexiconHealthCheck>("lexicons", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapCoordinationApi(this WebApplication app)
    {
        // Pages get the site's not-found and error pages; the API, and anything not asking for HTML, problem details.
        app.UseCoordinationErrorAnswers();
        app.UseRequestBodyLimits();
        app.UseAuthentication();
        // After authentication, so that limits are counted per user; covers the web UI's form posts as well.
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        // The Orleans dashboard has no authentication of its own; only administrators reach it.
        app.MapOrleansDashboard(routePrefix: Schemes.DashboardPath.Value!).RequireAuthorization(Policies.Admin);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();

        var api = app.MapGroup("/api");
        api.MapAccountEndpoints();
        api.MapPeopleEndpoints();
        api.MapReferenceEndpoints();
        api.MapFlagshipWindowEndpoints();
        api.MapTopicEndpoints();
        api.MapTaskForceEndpoints();
        api.MapActivityEndpoints();
        api.MapOverlapEndpoints();
        api.MapAlertEndpoints();
        api.MapEventEndpoints();
        api.MapRegionEndpoints();
        api.MapClashEndpoints();
        api.MapCalendarFileEndpoints();
        // Unknown API routes answer with a problem, not the landing page; so do bodies of a type the route does not read.
        api.MapFallback(ApiFallback.Answer).AllowAnonymous();
        return app;
    }
}
