namespace Coordination.Silo.TaskForces;

internal static class TaskForceEndpoints
{
    public static void MapTaskForceEndpoints(this IEndpointRouteBuilder api)
    {
        var taskForces = api.MapGroup("/task-forces").WithTags("Task forces");
        taskForces.MapGet("/", async (IGrainFactory grains) =>
            Results.Ok((await grains.GetGrain<ITaskForceCatalogGrain>(0).ListAsync())
                .OrderBy(t => t.Value, StringComparer.OrdinalIgnoreCase).Select(t => new { id = t.Key, name = t.Value })));
        taskForces.MapGet("/{id}", async (HttpContext http, IGrainFactory grains, string id) =>
            HttpResults.Found(http, await grains.GetGrain<ITaskForceGrain>(id).GetAsync(), t => t.Audit, "task force", id));
        taskForces.MapPost("/", CreateTaskForceAsync).WithSummary("Convene a task force (coordinators).");
        taskForces.MapPut("/{id}", UpdateTaskForceAsync).WithSummary("Replace a task force; send If-Match with the ETag you read.");
    }

    private static async Task<IResult> CreateTaskForceAsync(HttpContext http, IGrainFactory grains, TaskForceDraft draft)
    {
        if (await HttpResults.AuthorizeAsync(http, new NewTaskForceScope()) is { } forbidden) return forbidden;
        var id = draft.Id?.Trim() ?? Identifiers.Slugify(draft.Name) ?? Identifiers.New("tf");
        var result = await grains.GetGrain<ITaskForceGrain>(id).CreateAsync(draft with { Id = id }, http.User.UserId());
        return HttpResults.From(http, result, t => t.Audit, $"/api/task-forces/{id}");
    }

    private static async Task<IResult> UpdateTaskForceAsync(HttpContext http, IGrainFactory grains, string id, TaskForceDraft draft)
    {
        var grain = grains.GetGrain<ITaskForceGrain>(id);
        if (await grain.GetAsync() is not { } current) return HttpResults.NotFound("task force", id);
        EditScope scope = TaskForceComposition.ChangedBy(current, draft) ? new TaskForceCompositionScope(id) : new TaskForceScope(id);
        if (await HttpResults.AuthorizeAsync(http, scope) is { } forbidden) return forbidden;
        if (HttpResults.CheckVersion(http.Request, current.Audit.Version, "task force", id) is { } stale) return stale;
        return HttpResults.From(http, await grain.UpdateAsync(draft with { Id = draft.Id ?? id }, current.Audit.Version, http.User.UserId()), t => t.Audit, $"/api/task-forces/{id}");
    }
}
