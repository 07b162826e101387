using System.Security.Claims;
using Coordination.Silo.Security;
using Coordination.Silo.Services;
using Coordination.Silo.Web.Components;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Coordination.Silo.Web;

/// <summary>The web UI (Blazor Server), co-hosted with the silo and the API; its circuits talk to the grains directly.</summary>
public static class WebHosting
{
    public static WebApplicationBuilder AddCoordinationWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton<AlertFeed>();
        // After the silo's own hosted service: the feed subscribes once the silo runs.
        builder.Services.AddHostedService(services => services.GetRequiredService<AlertFeed>());
        return builder;
    }

    public static WebApplication MapCoordinationWeb(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        // Blazor would add its own "frame-ancestors 'self'" policy beside the one SecurityHeaders sends on every response.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

        // The development sign-in: a form post that puts the demo user's claims in the web cookie.
        app.MapPost("/signin", async (HttpContext http, IServiceProvider services, [Microsoft.AspNetCore.Mvc.FromForm] string? user, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (services.GetService<DevelopmentTokenIssuer>() is null || DevelopmentUsers.Find(user) is not { } demoUser)
                return Results.Redirect("/signin?error=unknown-user");
            var identity = new ClaimsIdentity(DevelopmentUsers.Claims(demoUser), Schemes.Cookie, CoordinationClaims.Name, CoordinationClaims.Role);
            await http.SignInAsync(Schemes.Cookie, new ClaimsPrincipal(identity));
            // Anything but a path on this host (another site, or "/\t/site" that browsers read as "//site") goes home.
            return Results.LocalRedirect(Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
        app.MapGet("/alerts/export.csv", Api.OverlapEndpoints.ExportAlertsAsync);
        // The API's /api/calendar.ics takes bearer tokens only; the calendar page links here.
        app.MapGet("/calendar/export.ics", Api.CalendarFileEndpoints.ExportAsync);
        app.MapGet("/alerts/{id}/export.json", async (AlertDirectory directory, string id) =>
            await directory.GetAsync(id) is { } alert
                ? Results.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(alert, ExportJson), "application/json", $"alert-{id.Replace('~', '_').Replace(':', '_')}.json")
                : Results.NotFound());
        // A token from the page's form, so that another site cannot sign a user out.
        app.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Api.HttpResults.Problem(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token", "Sign out with the Sign out button of a page of this site.");
            await http.SignOutAsync(Schemes.Cookie);
            return Results.LocalRedirect("/signin");
        });
        return app;
    }

    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
