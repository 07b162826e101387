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
/// frequencies. A check asks every shard for its best candidates, scored and explained. Terms are weighed by
/// their document frequencies in the whole collection: the shard's own, plus those of the other shards as
/// last gathered (<see cref="RefreshStatisticsAsync"/>, on a timer, and before answering once the shard has grown
/// by a quarter since).
/// </summary>
[Alias("coordination.IOverlapShardGrain")]
public interface IOverlapShardGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(OverlapProfile profile);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("Query"), ReadOnly] Task<OverlapMatch[]> QueryAsync(OverlapProfile query, int limit);

    [Alias("Stats"), ReadOnly] Task<OverlapShardStats> StatsAsync();

    /// <summary>
    /// This shard's own document count and document frequencies. Interleaves with the shard's other calls, so
    /// that shards gathering each other's statistics while they query never wait on one another.
    /// </summary>
    [Alias("TermStatistics"), ReadOnly, AlwaysInterleave] Task<ShardTermStatistics> TermStatisticsAsync();

    /// <summary>Gathers the other shards' statistics now rather than at the next tick of the timer.</summary>
    [Alias("RefreshStatistics")] Task RefreshStatisticsAsync();
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

    /// <summary>Decides the alert; <paramref name="taskForce"/> names the task force a Coordinate decision links both sides under.</summary>
    [Alias("Resolve")] Task<CommandResult<Alert>> ResolveAsync(AlertResolution resolution, string? reason, string actor, string? taskForce = null);

    /// <summary>Someone has seen it and is on it; idempotent.</summary>
    [Alias("Acknowledge")] Task<CommandResult<Alert>> AcknowledgeAsync(string actor);

    /// <summary>Hands the alert to a user (null or empty takes it back).</summary>
    [Alias("Assign")] Task<CommandResult<Alert>> AssignAsync(string? assignee, string actor);

    [Alias("Comment")] Task<CommandResult<Alert>> CommentAsync(string text, string actor);

    /// <summary>Closes an open alert one of whose sides was deleted (resolution Withdrawn); idempotent.</summary>
    [Alias("Withdraw")] Task<CommandResult<Alert>> WithdrawAsync(string deletedItemId);

    /// <summary>Routes an alert open too long to the Coordination Committee as well; idempotent.</summary>
    [Alias("Escalate")] Task<CommandResult<Alert>> EscalateAsync(string reason);
}

/// <summary>
/// Told of every change of an alert: the host of each silo subscribes one observer, which passes the change
/// to the dashboards open in that host's browsers.
/// </summary>
[Alias("coordination.IAlertFeedObserver")]
public interface IAlertFeedObserver : IGrainObserver
{
    [Alias("OnChanged"), OneWay] Task OnChangedAsync(AlertChange change);
}

/// <summary>
/// One partition of the live alert feed, keyed by the alert's inbox bucket: it relays each change to the
/// subscribed hosts and keeps no state, so no single grain sees every alert of the cluster.
/// </summary>
[Alias("coordination.IAlertFeedGrain")]
public interface IAlertFeedGrain : IGrainWithIntegerKey
{
    /// <summary>Subscriptions lapse unless renewed (a host that died stops being called).</summary>
    [Alias("Subscribe")] Task SubscribeAsync(IAlertFeedObserver observer);

    [Alias("Unsubscribe")] Task UnsubscribeAsync(IAlertFeedObserver observer);

    [Alias("Publish"), OneWay] Task PublishAsync(AlertChange change);
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

/// <summary>Escalates overdue alerts from the MCG to the Coordination Committee, on a reminder or on request.</summary>
[Alias("coordination.IAlertAgeingGrain")]
public interface IAlertAgeingGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the reminder; idempotent.</summary>
    [Alias("Schedule")] Task ScheduleAsync();

    /// <summary>Escalates every overdue open alert not yet escalated; returns how many were.</summary>
    [Alias("Run")] Task<int> RunAsync();
}
