using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;

namespace Coordination.Grains.Alerts;

/// <summary>
/// Relays alert changes to the subscribed hosts. Nothing is stored: a host that subscribes after a change
/// reads the inboxes, and a host that misses a change (a lapsed subscription, a restart) does so too on its
/// next refresh, so the feed only has to be fast, not durable.
/// </summary>
[Reentrant]
public sealed class AlertFeedGrain(ILogger<AlertFeedGrain> logger) : Grain, IAlertFeedGrain
{
    /// <summary>Hosts renew well within this; one that stops renewing is dropped.</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(3);

    private readonly ObserverManager<IAlertFeedObserver> _observers = new(SubscriptionLifetime, logger);

    public Task SubscribeAsync(IAlertFeedObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IAlertFeedObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    // One-way to the observers: a slow or dead host never holds up the alert that changed.
    public Task PublishAsync(AlertChange change) => _observers.Notify(o => o.OnChangedAsync(change));
}
