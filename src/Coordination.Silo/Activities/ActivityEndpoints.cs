using Coordination.Grains.Records;

namespace Coordination.Silo.Activities;

internal static class ActivityEndpoints
{
    public sealed record LinkRequest(string? Type, string? Target);

    public static void MapActivityEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/activities").WithTags("Activities");
        group.MapGet("/", ListAsync).WithSummary("List activities, optionally of one sector and/or one topic, newest change first.");
        group.MapGet("/search", SearchAsync).WithSummary(
            "Activities whose titles match a query typed in any UN language (\"formation\" finds \"training\"), best first, for linking: " +
            "q (required), limit (1 to 50, default 10), exclude (an activity id to leave out). Each hit: id, title, sector, status.");
        group.MapGet("/{id}", GetAsync).WithName("GetActivity");
        group.MapPost("/", CreateAsync)
            .WithSummary("Register an activity of your sector (task-force members). The id is generated when not given.");
        group.MapPut("/{id}", UpdateAsync).WithSummary("Replace an activity; send If-Match with the ETag you read.");
        group.MapDelete("/{id}", DeleteAsync).WithSummary("Delete an activity; send If-Match with the ETag you read.");
        group.MapGet("/{id}/links", async (IGrainFactory grains, ActivityLinking links, string id) =>
                await grains.GetGrain<IActivityGrain>(id).GetAsync() is null ? HttpResults.NotFound("activity", id) : Results.Ok(await links.ListAsync(id)))
            .WithSummary("The activity's typed links: SameAs, ParentOf, ChildOf, Complementary.");
        group.MapPost("/{id}/links", async (HttpContext http, ActivityLinking links, string id, LinkRequest request) =>
                HttpResults.From(await links.LinkAsync(http.User, id, request.Type, request.Target), $"/api/activities/{id}/links"))
            .WithSummary("Link the activity to another (written on both sides, ParentOf seen as ChildOf from the other).");
        group.MapDelete("/{id}/links/{type}/{target}", async (HttpContext http, ActivityLinking links, string id, string type, string target) =>
                HttpResults.From(await links.UnlinkAsync(http.User, id, type, target), $"/api/activities/{id}/links"))
            .WithSummary("Remove a link on both sides.");
        group.MapGet("/{id}/overlaps", async (IGrainFactory grains, OverlapWording wording, string id) =>
        {
            var grain = grains.GetGrain<IActivityGrain>(id);
            if (await grain.GetAsync() is not { } activity) return HttpResults.NotFound("activity", id);
            return Results.Ok(new { matches = await wording.WordAsync(await grain.FindOverlapsAsync(), OverlapWording.TextOf(activity), activity.Language) });
        }).WithSummary("The stored activity's likely duplicates, ranked and explained.");
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains, string? sector, string? topic, int offset = 0, int limit = 50)
    {
        if (Paging.Check(offset, limit) is { } badPage) return badPage;
        Sector? onlySector = null;
        if (!string.IsNullOrWhiteSpace(sector))
        {
            if (!EnumCodes.TryParse<Sector>(sector, out var parsed))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown sector", $"Unknown sector '{sector}'. Expected one of: {EnumCodes.Expected<Sector>()}.");
            onlySector = parsed;
        }

        ActivitySummary[] items;
        if (!string.IsNullOrWhiteSpace(topic))
        {
            var topicGrain = grains.GetGrain<ITopicGrain>(topic.Trim().ToLowerInvariant());
            if (await topicGrain.GetAsync() is null) return HttpResults.NotFound("topic", topic);
            items = (await topicGrain.ListActivitiesAsync()).Where(a => onlySector is null || a.Sector == onlySector).ToArray();
        }
        else
        {
            items = await Listings.ActivitiesAsync(grains, onlySector is { } s ? [s] : Enum.GetValues<Sector>());
        }
        return Results.Ok(Paging.Page(items.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id, StringComparer.Ordinal), items.Length, offset, limit));
    }

    private static async Task<IResult> SearchAsync(ActivitySearch search, string? q, string? exclude, int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(q))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Missing query", $"Give the words to look for in q, e.g. q=formation.");
        if (q.Length > ActivitySearch.MaxQueryLength)
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Query too long", $"q holds at most {ActivitySearch.MaxQueryLength} characters, not {q.Length}.");
        if (limit is < 1 or > ActivitySearch.MaxLimit)
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad limit", $"limit must be between 1 and {ActivitySearch.MaxLimit}, not {limit}.");
        return Results.Ok(await search.SearchAsync(q, limit, exclude));
    }

    private static async Task<IResult> GetAsync(HttpContext http, IGrainFactory grains, string id) =>
        HttpResults.Found(http, await grains.GetGrain<IActivityGrain>(id).GetAsync(), a => a.Audit, "activity", id);

    private static async Task<IResult> CreateAsync(HttpContext http, ActivityRegistration registration, ActivityDraft draft)
    {
        var result = await registration.RegisterAsync(http.User, draft);
        return HttpResults.From(http, result, a => a.Audit, $"/api/activities/{result.Value?.Id}");
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, IGrainFactory grains, ActivityEditing editing, string id, ActivityDraft draft)
    {
        if (await grains.GetGrain<IActivityGrain>(id).GetAsync() is not { } current) return HttpResults.NotFound("activity", id);
        if (await CheckEditAsync(http, current) is { } refused) return refused;
        return HttpResults.From(http, await editing.UpdateAsync(http.User, id, draft, current.Audit.Version), a => a.Audit, $"/api/activities/{id}");
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, IGrainFactory grains, ActivityEditing editing, string id)
    {
        if (await grains.GetGrain<IActivityGrain>(id).GetAsync() is not { } current) return HttpResults.NotFound("activity", id);
        if (await CheckEditAsync(http, current) is { } refused) return refused;
        var result = await editing.WithdrawAsync(http.User, id, current.Audit.Version);
        return result.Succeeded ? Results.NoContent() : HttpResults.From(http, result, a => a.Audit, $"/api/activities/{id}");
    }

    /// <summary>May the user change this activity, and does If-Match name its current version?</summary>
    private static async Task<IResult?> CheckEditAsync(HttpContext http, Activity current) =>
        await HttpResults.AuthorizeAsync(http, new ActivityScope(current.Sector))
        ?? HttpResults.CheckVersion(http.Request, current.Audit.Version, "activity", current.Id);
}
