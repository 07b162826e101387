using Orleans.Concurrency;

namespace Coordination.Abstractions.Alerts;

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
