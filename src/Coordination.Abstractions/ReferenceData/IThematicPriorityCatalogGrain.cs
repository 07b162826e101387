using Orleans.Concurrency;

namespace Coordination.Abstractions.ReferenceData;

/// <summary>The list of thematic priorities, written only by administrators' edits.</summary>
[Alias("coordination.IThematicPriorityCatalogGrain")]
public interface IThematicPriorityCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(ThematicPriority priority);

    [Alias("Remove")] Task RemoveAsync(string code);

    [Alias("List"), ReadOnly] Task<ThematicPriority[]> ListAsync();
}
