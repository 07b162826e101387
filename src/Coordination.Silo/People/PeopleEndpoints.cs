namespace Coordination.Silo.People;

internal static class PeopleEndpoints
{
    /// <summary>A picker shows a screenful; a longer list is narrowed by typing.</summary>
    public const int MaxLimit = 200;

    public static void MapPeopleEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/people", async (PeopleRegistry people, string? q, int limit = 50) =>
                limit is < 1 or > MaxLimit
                    ? HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad limit", $"limit must be between 1 and {MaxLimit}, not {limit}.")
                    : Results.Ok(await people.SearchAsync(q, limit)))
            .RequireAuthorization(Policies.Coordinators)
            .WithTags("People")
            .WithSummary("The people the platform knows (the demo users in Development; otherwise those who have signed in), " +
                "for assigning alerts: q filters on the name or id (a word's start, or three characters anywhere). Coordinators and administrators.");
    }
}
