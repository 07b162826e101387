using Coordination.Silo.Web.Components;

namespace Coordination.Silo.Web;

/// <summary>The web UI (Blazor Server), co-hosted with the silo and the API; its circuits talk to the grains directly.</summary>
public static class WebHosting
{
    public static WebApplicationBuilder AddCoordinationWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSiloStartStep<AlertFeed>();
        builder.Services.AddSingleton<CalendarText>();
        return builder;
    }

    public static WebApplication MapCoordinationWeb(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        // Blazor would add its own "frame-ancestors 'self'" policy beside the one SecurityHeaders sends on every response.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

        app.MapWebSignInEndpoints();
        app.MapWebExportEndpoints();
        return app;
    }
}
