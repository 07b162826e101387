using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Coordination.Silo.Web;

/// <summary>The web UI's sign-in and sign-out form posts, which set and clear the web cookie.</summary>
internal static class WebSignInEndpoints
{
    public static void MapWebSignInEndpoints(this IEndpointRouteBuilder app)
    {
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
        // A token from the page's form, so that another site cannot sign a user out.
        app.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token", $"Sign out with the Sign out button of a page of this site.");
            await http.SignOutAsync(Schemes.Cookie);
            return Results.LocalRedirect("/signin");
        });
    }
}
