namespace Coordination.Abstractions.Regions;

[GenerateSerializer, Alias("coordination.RegionalDirector")]
public sealed record RegionalDirector(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Email);

[GenerateSerializer, Alias("coordination.RegionalOffice")]
public sealed record RegionalOffice(
    [property: Id(0)] Region Region,
    [property: Id(1)] RegionalDirector? Director,
    [property: Id(2)] int PlannedEvents);
