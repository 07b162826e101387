using Orleans.Concurrency;

namespace Coordination.Abstractions.Activities;

/// <summary>The typed links of one activity (keyed by its id) to others; each side keeps its own direction.</summary>
[Alias("coordination.IActivityLinksGrain")]
public interface IActivityLinksGrain : IGrainWithStringKey
{
    [Alias("Add")] Task AddAsync(ActivityLink link);

    [Alias("Remove")] Task RemoveAsync(LinkType type, string otherId);

    [Alias("List"), ReadOnly] Task<ActivityLink[]> ListAsync();
}
