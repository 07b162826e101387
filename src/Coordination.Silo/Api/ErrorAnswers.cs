using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Coordination.Silo.Api;

/// <summary>
/// How an error reaches the caller. A browser asking for a page (a path outside /api, with text/html in Accept) gets
/// the site's not-found or error page, in its layout; every other request, and every one under /api whatever it
/// accepts, an RFC 7807 problem in JSON.
/// </summary>
internal static class ErrorAnswers
{
    /// <summary>Where a failed page request is re-executed (Web/Components/Pages/ErrorPage.razor).</summary>
    public const string ErrorPath = "/error";

    /// <summary>Where a page request that ended with an empty error status is re-executed: 404 is the not-found page.</summary>
    public const string StatusPathFormat = "/error/{0}";

    public static bool WantsPage(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api")
        && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static WebApplication UseCoordinationErrorAnswers(this WebApplication app)
    {
        // ApiExceptionHandler answers every request but a page's, which is re-executed on the error page.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPath,
            CreateScopeForErrors = true,
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        // Two status-code handlers, each switched off for the requests the other answers. Not UseWhen branches: a branch
        // has no routing of its own, so a page re-executed from one would find no endpoint.
        app.UseStatusCodePagesWithReExecute(StatusPathFormat, createScopeForStatusCodePages: true);
        app.Use((http, next) => SwitchOff(http, next, unless: WantsPage(http)));
        app.UseStatusCodePages(context => WriteProblemAsync(context.HttpContext, new ProblemDetails { Status = context.HttpContext.Response.StatusCode }));
        app.Use((http, next) => SwitchOff(http, next, unless: !WantsPage(http)));
        return app;
    }

    /// <summary>Disables the status-code handler just outside, unless it is the one to answer this request.</summary>
    private static Task SwitchOff(HttpContext http, RequestDelegate next, bool unless)
    {
        if (!unless && http.Features.Get<IStatusCodePagesFeature>() is { } outer) outer.Enabled = false;
        return next(http);
    }

    /// <summary>
    /// The problem as the problem-details service writes it; when the caller's Accept header rules JSON out (a client asking
    /// the API for text/html only), as application/problem+json all the same: the API answers nothing else.
    /// </summary>
    public static async Task<bool> WriteProblemAsync(HttpContext http, ProblemDetails problem, Exception? exception = null)
    {
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        var context = new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception };
        if (await problems.TryWriteAsync(context)) return true;
        problem.Extensions.TryAdd("traceId", http.TraceIdentifier);
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        return true;
    }
}
