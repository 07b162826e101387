using Orleans.Concurrency;
using Coordination.Abstractions.Model;

namespace Coordination.Abstractions.Grains;

/// <summary>
/// One thematic priority, keyed by its code. Validation asks the grain of the code it needs, so checks
/// spread over as many grains as there are priorities instead of queueing at one catalogue.
/// </summary>
[Alias("coordination.IThematicPriorityGrain")]
public interface IThematicPriorityGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<ThematicPriority?> GetAsync();

    [Alias("Set")] Task<CommandResult<ThematicPriority>> SetAsync(ThematicPriority priority);

    [Alias("Remove")] Task RemoveAsync();
}

/// <summary>The list of thematic priorities, written only by administrators' edits.</summary>
[Alias("coordination.IThematicPriorityCatalogGrain")]
public interface IThematicPriorityCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(ThematicPriority priority);

    [Alias("Remove")] Task RemoveAsync(string code);

    [Alias("List"), ReadOnly] Task<ThematicPriority[]> ListAsync();
}

/// <summary>Remembers which one-time set-up steps (default reference data, demo data) have run.</summary>
[Alias("coordination.ISetupGrain")]
public interface ISetupGrain : IGrainWithIntegerKey
{
    [Alias("IsDone"), ReadOnly] Task<bool> IsDoneAsync(string step);

    [Alias("MarkDone")] Task MarkDoneAsync(string step);
}
