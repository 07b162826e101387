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
        group.MapGet("/time-zones", TimeZonesOf)
            .WithSummary("The IANA zones of a venue's country (query: country, ISO 3166-1 alpha-2), its primary zone first and flagged; " +
                "without a country, every zone a venue can be in.");
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

    private static IResult TimeZonesOf(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return Results.Ok(new VenueTimeZones(null, null, [.. TimeZones.All.Select(id => new VenueTimeZone(id, null, false))]));
        if (!Countries.TryGet(country.Trim(), out var known))
            return HttpResults.Problem(StatusCodes.Status422UnprocessableEntity, "Unknown country",
                $"Unknown country code '{country}'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH.");
        var primary = TimeZones.PrimaryOf(known.Code);
        return Results.Ok(new VenueTimeZones(known.Code, primary,
            [.. TimeZones.OfCountry(known.Code).Select(z => new VenueTimeZone(z.ZoneId, z.Comment, z.ZoneId == primary))]));
    }
}

/// <summary>A country's zones for a venue; <paramref name="DefaultZone"/> is null without a country, or for a country the tz database gives no zone.</summary>
public sealed record VenueTimeZones(string? Country, string? DefaultZone, VenueTimeZone[] Zones);

/// <param name="Comment">Where in the country the zone applies ("Moscow area"), for a country of several zones.</param>
public sealed record VenueTimeZone(string Id, string? Comment, bool IsDefault);
