namespace Coordination.Silo.Events;

internal static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events");
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.RegionalDirector, Roles.TaskForceMember, Roles.Admin))
            .WithSummary("Register a planned event. start and end are local times at the venue, in timeZone.");
        group.MapPut("/{id}", UpdateAsync).WithSummary("Replace an event; send If-Match with the ETag you read.");
        group.MapDelete("/{id}", DeleteAsync).WithSummary("Delete an event; send If-Match with the ETag you read.");
    }

    private static async Task<IResult> GetAsync(HttpContext http, IGrainFactory grains, string id) =>
        HttpResults.Found(http, await grains.GetGrain<IEventGrain>(id).GetAsync(), e => e.Audit, "event", id);

    private static async Task<IResult> CreateAsync(HttpContext http, IGrainFactory grains, EventDraft draft)
    {
        if (await AuthorizeDraftAsync(http, draft) is { } forbidden) return forbidden;
        var id = string.IsNullOrWhiteSpace(draft.Id) ? Identifiers.New("evt") : draft.Id.Trim();
        var result = await grains.GetGrain<IEventGrain>(id).CreateAsync(draft with { Id = id }, http.User.UserId());
        return HttpResults.From(http, result, e => e.Audit, $"/api/events/{id}");
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, IGrainFactory grains, string id, EventDraft draft)
    {
        var grain = grains.GetGrain<IEventGrain>(id);
        if (await grain.GetAsync() is not { } current) return HttpResults.NotFound("event", id);
        if (await CheckEditAsync(http, current) is { } refused) return refused;
        if (await AuthorizeDraftAsync(http, draft) is { } forbidden) return forbidden;
        return HttpResults.From(http, await grain.UpdateAsync(draft with { Id = draft.Id ?? id }, current.Audit.Version, http.User.UserId()), e => e.Audit, $"/api/events/{id}");
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, IGrainFactory grains, string id)
    {
        var grain = grains.GetGrain<IEventGrain>(id);
        if (await grain.GetAsync() is not { } current) return HttpResults.NotFound("event", id);
        if (await CheckEditAsync(http, current) is { } refused) return refused;
        var result = await grain.DeleteAsync(current.Audit.Version, http.User.UserId());
        return result.Succeeded ? Results.NoContent() : HttpResults.From(http, result, e => e.Audit, $"/api/events/{id}");
    }

    /// <summary>The region and sectors the draft would put the event in must be the user's to edit.</summary>
    private static async Task<IResult?> AuthorizeDraftAsync(HttpContext http, EventDraft draft) =>
        EventEditing.ScopeOf(draft) is { } scope ? await HttpResults.AuthorizeAsync(http, scope) : null; // validation explains what is missing

    private static async Task<IResult?> CheckEditAsync(HttpContext http, Event current) =>
        await HttpResults.AuthorizeAsync(http, new EventScope(current.Region, current.OrganisingSectors))
        ?? HttpResults.CheckVersion(http.Request, current.Audit.Version, "event", current.Id);
}
