namespace Coordination.Silo.Topics;

internal static class TopicEndpoints
{
    public static void MapTopicEndpoints(this IEndpointRouteBuilder api)
    {
        var topics = api.MapGroup("/topics").WithTags("Topics");
        topics.MapGet("/", async (IGrainFactory grains) =>
            Results.Ok((await grains.GetGrain<ITopicCatalogGrain>(0).ListAsync())
                .OrderBy(t => t.Value, StringComparer.OrdinalIgnoreCase).Select(t => new { id = t.Key, name = t.Value })));
        topics.MapGet("/{id}", async (HttpContext http, IGrainFactory grains, string id) =>
            HttpResults.Found(http, await grains.GetGrain<ITopicGrain>(id).GetAsync(), t => t.Audit, "topic", id));
        topics.MapGet("/{id}/events", async (IGrainFactory grains, string id) =>
        {
            var grain = grains.GetGrain<ITopicGrain>(id);
            if (await grain.GetAsync() is null) return HttpResults.NotFound("topic", id);
            return Results.Ok((await grain.ListEventsAsync()).OrderBy(e => e.StartUtc));
        }).WithSummary("Every event on the topic, across sectors and regions.");
        topics.MapPost("/", CreateTopicAsync).WithSummary("Register a topic. The id is made from the name when not given.");
        topics.MapPut("/{id}", UpdateTopicAsync).WithSummary("Replace a topic's definition; send If-Match with the ETag you read.");
    }

    private static async Task<IResult> CreateTopicAsync(HttpContext http, IGrainFactory grains, TopicDraft draft)
    {
        if (await HttpResults.AuthorizeAsync(http, new NewTopicScope()) is { } forbidden) return forbidden;
        var id = draft.Id?.Trim() ?? Identifiers.Slugify(draft.Name) ?? Identifiers.New("topic");
        var result = await grains.GetGrain<ITopicGrain>(id).CreateAsync(draft with { Id = id }, http.User.UserId());
        return HttpResults.From(http, result, t => t.Audit, $"/api/topics/{id}");
    }

    private static async Task<IResult> UpdateTopicAsync(HttpContext http, IGrainFactory grains, string id, TopicDraft draft)
    {
        var grain = grains.GetGrain<ITopicGrain>(id);
        if (await grain.GetAsync() is not { } current) return HttpResults.NotFound("topic", id);
        if (await HttpResults.AuthorizeAsync(http, new TopicScope(id, current.TaskForces)) is { } forbidden) return forbidden;
        if (HttpResults.CheckVersion(http.Request, current.Audit.Version, "topic", id) is { } stale) return stale;
        return HttpResults.From(http, await grain.UpdateAsync(draft with { Id = draft.Id ?? id }, current.Audit.Version, http.User.UserId()), t => t.Audit, $"/api/topics/{id}");
    }
}
