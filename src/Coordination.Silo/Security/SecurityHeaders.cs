namespace Coordination.Silo.Security;

/// <summary>The headers every response carries (pages, API, files, the Orleans dashboard), set in this one place.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, styles, fonts and connections from this host only; the Blazor circuit's WebSocket is same-origin, which
    /// 'self' covers. Inline styles stay allowed: the calendar places its bars with style attributes, and Blazor's
    /// reconnection overlay and the Orleans dashboard insert style elements. Images and fonts may be data: URIs (the
    /// dashboard's stylesheet embeds some). No inline script is allowed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Addresses of this host (which hold alert and activity ids) are not sent to other sites.</summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>HSTS outside Development, then the headers above on every response, errors included.</summary>
    public static WebApplication UseCoordinationSecurityHeaders(this WebApplication app)
    {
        // Sent on https requests only (after forwarded headers, those the TLS proxy received), and never for localhost.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use((context, next) =>
        {
            // At the start of the response: the exception handler clears headers set earlier.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
