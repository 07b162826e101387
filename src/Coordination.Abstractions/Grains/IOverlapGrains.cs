using Coordination.Abstractions.Model;
using Orleans.Concurrency;

namespace Coordination.Abstractions.Grains;

/// <summary>
/// The durable half of the overlap index: the profiles of the activities that hash to this bucket.
/// Many small buckets keep each write small; the index shards rebuild from them.
/// </summary>
[Alias("coordination.IOverlapBucketGrain")]
public interface IOverlapBucketGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(OverlapProfile profile);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("Get"), ReadOnly] Task<OverlapProfile?> GetAsync(string activityId);

    [Alias("List"), ReadOnly] Task<OverlapProfile[]> ListAsync();
}

/// <summary>
/// One shard of the in-memory inverted index: the profiles of its buckets, their postings and document
/// frequencies. A check asks every shard for its best candidates, scored and explained.
/// </summary>
[Alias("coordination.IOverlapShardGrain")]
public interface IOverlapShardGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(OverlapProfile profile);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("Query"), ReadOnly] Task<OverlapMatch[]> QueryAsync(OverlapProfile query, int limit);

    [Alias("Stats"), ReadOnly] Task<OverlapShardStats> StatsAsync();
}

/// <summary>Checks a profile against every shard and merges the answers; a stateless worker on every silo.</summary>
[Alias("coordination.IOverlapDetectorGrain")]
public interface IOverlapDetectorGrain : IGrainWithIntegerKey
{
    [Alias("Check")] Task<OverlapMatch[]> CheckAsync(OverlapProfile query, int limit);
}

/// <summary>The alert of one unordered pair of activities (keyed by <c>Alerts.PairId</c>) or of events.</summary>
[Alias("coordination.IAlertGrain")]
public interface IAlertGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<Alert?> GetAsync();

    [Alias("Raise")] Task<RaiseOutcome> RaiseAsync(AlertRaise raise);

    /// <summary>Raises the alert of an event clash, keyed by <c>Alerts.ClashPairId</c>.</summary>
    [Alias("RaiseClash")] Task<RaiseOutcome> RaiseClashAsync(EventClashRaise raise);

    [Alias("Resolve")] Task<CommandResult<Alert>> ResolveAsync(AlertResolution resolution, string? reason, string actor);
}

/// <summary>One bucket of the alerts routed to a dashboard (MCG, CoCo, TF:{id}, RD:{region}), keyed "{route}/{bucket}".</summary>
[Alias("coordination.IAlertInboxGrain")]
public interface IAlertInboxGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(AlertSummary summary);

    [Alias("List"), ReadOnly] Task<AlertSummary[]> ListAsync();
}

/// <summary>Re-checks every activity, on a reminder at the start of each planning cycle or on request.</summary>
[Alias("coordination.IOverlapRescanGrain")]
public interface IOverlapRescanGrain : IGrainWithIntegerKey
{
    [Alias("Start")] Task<RescanProgress> StartAsync();

    [Alias("Progress"), ReadOnly] Task<RescanProgress> GetProgressAsync();

    /// <summary>Registers the planning-cycle reminder; idempotent.</summary>
    [Alias("Schedule")] Task ScheduleAsync(TimeSpan period);
}
