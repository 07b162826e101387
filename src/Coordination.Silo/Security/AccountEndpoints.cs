using System.Security.Claims;

namespace Coordination.Silo.Security;

internal static class AccountEndpoints
{
    public sealed record SignInRequest(string? User);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", (HttpContext http) =>
        {
            var caller = http.User.ToCaller();
            return Results.Ok(new
            {
                id = caller.UserId,
                name = http.User.Identity?.Name,
                roles = caller.Roles,
                sector = caller.Sector?.ToString(),
                region = caller.Region?.ToString(),
                taskForces = caller.TaskForces,
            });
        }).WithTags("Account");

        var dev = api.MapGroup("/dev").WithTags("Development sign-in").AllowAnonymous();
        dev.MapGet("/users", (IServiceProvider services) =>
            services.GetService<DevelopmentTokenIssuer>() is null ? Refused() : Results.Ok(DevelopmentUsers.All));
        dev.MapPost("/sign-in", async (IServiceProvider services, PeopleRegistry people, SignInRequest request) =>
        {
            if (services.GetService<DevelopmentTokenIssuer>() is not { } issuer) return Refused();
            if (DevelopmentUsers.Find(request.User) is not { } user)
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["user"] = [$"Unknown demo user '{request.User}'. GET /api/dev/users lists them."],
                }, statusCode: StatusCodes.Status422UnprocessableEntity);
            await people.RecordAsync(new ClaimsPrincipal(new ClaimsIdentity(DevelopmentUsers.Claims(user), Schemes.Bearer, CoordinationClaims.Name, CoordinationClaims.Role)));
            return Results.Ok(new
            {
                accessToken = issuer.Issue(user),
                tokenType = "Bearer",
                expiresIn = (int)DevelopmentTokenIssuer.Lifetime.TotalSeconds,
                user,
            });
        }).WithSummary("Issue a token for a demo user (Development environment only).");
    }

    private static IResult Refused() => HttpResults.Problem(StatusCodes.Status403Forbidden, "Development sign-in disabled",
        $"The development sign-in exists only in the Development environment without an OIDC authority; sign in with your organisation's provider.");
}
