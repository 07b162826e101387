using Orleans.Concurrency;

namespace Coordination.Abstractions.ReferenceData;

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
