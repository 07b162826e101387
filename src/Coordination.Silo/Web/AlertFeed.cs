using Coordination.Grains.Alerts;
using Coordination.Grains.Overlaps;

namespace Coordination.Silo.Web;

/// <summary>
/// This host's end of the live alert feed: one observer subscribed to every feed partition, renewed well
/// before it lapses, passing each change to the dashboards open in this host (over their SignalR circuits).
/// </summary>
public sealed partial class AlertFeed(IGrainFactory grains, ILogger<AlertFeed> logger) : BackgroundService, IAlertFeedObserver
{
    private static readonly TimeSpan Renewal = AlertFeedGrain.SubscriptionLifetime / 3;
    private readonly Lock _gate = new();
    /// <summary>Replaced, never changed, so that notifications read it without the lock.</summary>
    private volatile Func<AlertChange, Task>[] _listeners = [];
    private IAlertFeedObserver? _reference;
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every feed partition has this host's observer.</summary>
    public Task ReadyAsync => _subscribed.Task;

    /// <summary>Calls <paramref name="listener"/> on every alert change until the returned handle is disposed.</summary>
    public IDisposable Listen(Func<AlertChange, Task> listener)
    {
        lock (_gate) _listeners = [.. _listeners, listener];
        return new Subscription(this, listener);
    }

    public Task OnChangedAsync(AlertChange change)
    {
        foreach (var listener in _listeners)
            _ = NotifyAsync(listener, change);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<IAlertFeedObserver>(this);
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await Task.WhenAll(Partitions(grain => grain.SubscribeAsync(_reference)));
                _subscribed.TrySetResult();
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The next renewal tries again; dashboards still refresh on their own meanwhile.
                LogSubscribeFailed(exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Once only, though a host may be stopped twice; the silo drops the observer itself when it stops.
        if (Interlocked.Exchange(ref _reference, null) is not { } reference) return;
        try { await Task.WhenAll(Partitions(grain => grain.UnsubscribeAsync(reference))).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken); }
        catch (Exception) { /* the subscription lapses by itself */ }
    }

    private IEnumerable<Task> Partitions(Func<IAlertFeedGrain, Task> call) =>
        Enumerable.Range(0, Domain.Records.Partitions.AlertInboxBuckets).Select(b => call(grains.GetGrain<IAlertFeedGrain>(b)));

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken token)
    {
        try { return await timer.WaitForNextTickAsync(token); }
        catch (OperationCanceledException) { return false; }
    }

    private async Task NotifyAsync(Func<AlertChange, Task> listener, AlertChange change)
    {
        try { await listener(change); }
        catch (Exception exception) { LogListenerFailed(exception); }
    }

    private void Remove(Func<AlertChange, Task> listener)
    {
        lock (_gate) _listeners = _listeners.Where(l => l != listener).ToArray();
    }

    private sealed class Subscription(AlertFeed feed, Func<AlertChange, Task> listener) : IDisposable
    {
        public void Dispose() => feed.Remove(listener);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the live alert feed; retrying at the next renewal")]
    private partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dashboard failed to take a live alert change")]
    private partial void LogListenerFailed(Exception exception);
}
