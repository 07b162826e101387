using Orleans.Concurrency;
using Coordination.Abstractions.Model;

namespace Coordination.Abstractions.Grains;

/// <summary>One activity, keyed by its identifier.</summary>
[Alias("coordination.IActivityGrain")]
public interface IActivityGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<Activity?> GetAsync();

    [Alias("Create")] Task<CommandResult<Activity>> CreateAsync(ActivityDraft draft, string actor);

    /// <summary>Replaces the activity; refused with a conflict when it has changed since <paramref name="expectedVersion"/>.</summary>
    [Alias("Update")] Task<CommandResult<Activity>> UpdateAsync(ActivityDraft draft, int expectedVersion, string actor);

    [Alias("Delete")] Task<CommandResult<Activity>> DeleteAsync(int expectedVersion, string actor);

    /// <summary>The stored activity's likely duplicates, ranked and explained.</summary>
    [Alias("Overlaps"), ReadOnly] Task<OverlapMatch[]> FindOverlapsAsync();

    /// <summary>Checks the activity again and raises alerts for what passes the threshold; returns how many were raised or reopened.</summary>
    [Alias("Recheck")] Task<int> RecheckAsync();
}

/// <summary>
/// One bucket of a sector's activity listing, keyed "SECTOR/bucket". Activities are spread over
/// several buckets per sector so that no single grain carries a whole sector's registrations.
/// </summary>
[Alias("coordination.ISectorActivityIndexGrain")]
public interface ISectorActivityIndexGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(ActivitySummary summary);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("List"), ReadOnly] Task<ActivitySummary[]> ListAsync();
}

/// <summary>The typed links of one activity (keyed by its id) to others; each side keeps its own direction.</summary>
[Alias("coordination.IActivityLinksGrain")]
public interface IActivityLinksGrain : IGrainWithStringKey
{
    [Alias("Add")] Task AddAsync(ActivityLink link);

    [Alias("Remove")] Task RemoveAsync(LinkType type, string otherId);

    [Alias("List"), ReadOnly] Task<ActivityLink[]> ListAsync();
}
