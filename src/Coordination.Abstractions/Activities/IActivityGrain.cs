using Orleans.Concurrency;

namespace Coordination.Abstractions.Activities;

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
