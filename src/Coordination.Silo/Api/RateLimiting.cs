using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Coordination.Silo.Api;

/// <summary>
/// Per-user limits on writes and checks, counted in one-minute windows on each silo; a request over the limit
/// is answered 429 with Retry-After and a problem, before its handler runs, so it changes nothing.
/// </summary>
public static class RateLimiting
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>POSTs that store nothing and only search: clients send them as their user types.</summary>
    private static readonly string[] CheckPaths = ["/api/overlaps/check", "/api/events/check", "/api/events/free-windows"];

    public static IServiceCollection AddCoordinationRateLimits(this IServiceCollection services)
    {
        services.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (RateBudget, string)>(http =>
            {
                var budget = BudgetOf(http.Request);
                var permits = limits.Value.PermitsPerMinute(budget);
                return permits == 0
                    ? RateLimitPartition.GetNoLimiter((RateBudget.Unlimited, ""))
                    : RateLimitPartition.GetFixedWindowLimiter((budget, Sender(http)), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = Window,
                        QueueLimit = 0,
                    });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => RejectAsync(context, limits.Value);
        });
        return services;
    }

    /// <summary>Reads, health probes and the web UI's live connection (whose circuit calls the services directly) spend nothing.</summary>
    public static RateBudget BudgetOf(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/_blazor"))
            return RateBudget.Unlimited;
        var path = request.Path.Value?.TrimEnd('/') ?? "";
        return CheckPaths.Contains(path, StringComparer.OrdinalIgnoreCase) ? RateBudget.Checks : RateBudget.Writes;
    }

    /// <summary>The signed-in user's id; the remote address when nobody is signed in (the sign-in itself).</summary>
    private static string Sender(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
            ? $"user:{http.User.UserId()}"
            : $"address:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions limits)
    {
        var http = context.HttpContext;
        // A fixed window reports its whole length, an upper bound of the wait.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var budget = BudgetOf(http.Request);
        var text = ProblemText.For(http);
        var detail = budget == RateBudget.Checks
            ? text.Render($"At most {limits.PermitsPerMinute(budget)} checks a minute are accepted from one user; this request was not carried out. Try again in {seconds} s.")
            : text.Render($"At most {limits.PermitsPerMinute(budget)} changes a minute are accepted from one user; this request was not carried out. Try again in {seconds} s.");
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
            }))
            await http.Response.WriteAsync(detail, context.HttpContext.RequestAborted);
    }
}
