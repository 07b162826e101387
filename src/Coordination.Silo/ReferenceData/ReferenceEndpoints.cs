namespace Coordination.Silo.ReferenceData;

internal static class ReferenceEndpoints
{
    public static void MapReferenceEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data");
        group.MapGet("/sectors", () => Enum.GetNames<Sector>());
        group.MapGet("/regions", () => Enum.GetNames<Region>());
        group.MapGet("/languages", () => UnLanguages.Codes);
        group.MapGet("/strategic-framework", () => new { StrategicFramework.Goals, StrategicFramework.Targets });
        group.MapGet("/countries", () => Countries.All);
        group.MapGet("/thematic-priorities", (IGrainFactory grains) => grains.GetGrain<IThematicPriorityCatalogGrain>(0).ListAsync());
        group.MapPut("/thematic-priorities/{code}", async (HttpContext http, IGrainFactory grains, string code, ThematicPriority priority) =>
        {
            var result = await grains.GetGrain<IThematicPriorityGrain>(code).SetAsync(priority with { Code = priority.Code ?? code });
            return HttpResults.From(result, $"/api/reference/thematic-priorities/{code}");
        }).RequireAuthorization(Policies.Admin).WithSummary("Add or change a thematic priority (administrators).");
        group.MapDelete("/thematic-priorities/{code}", async (IGrainFactory grains, string code) =>
        {
            var grain = grains.GetGrain<IThematicPriorityGrain>(code);
            if (await grain.GetAsync() is null) return HttpResults.NotFound("thematic priority", code);
            await grain.RemoveAsync();
            return Results.NoContent();
        }).RequireAuthorization(Policies.Admin).WithSummary("Remove a thematic priority; records tagged with it keep the code (administrators).");
    }
}
