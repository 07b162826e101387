using Coordination.Grains.Alerts;
using Coordination.Grains.Overlaps;

namespace Coordination.Silo.Web;

/// <summary>
/// This host's end of the live alert feed: one observer subscribed to every feed partition, renewed well
/// before it lapses, passing each change to the dashboards open in this host (over their SignalR circuits).
/// A step of the silo's start (<see cref="SiloStartup.AlertFeed"/>), after the set-up, and of its stop, while grains still answer.
/// </summary>
public sealed partial class AlertFeed(IGrainFactory grains, ILogger<AlertFeed> logger) : IAlertFeedObserver, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private static readonly TimeSpan Renewal = AlertFeedGrain.SubscriptionLifetime / 3;
    private readonly Lock _gate = new();
    /// <summary>Replaced, never changed, so that notifications read it without the lock.</summary>
    private volatile Func<AlertChange, Task>[] _listeners = [];
    private IAlertFeedObserver? _reference;
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private Task _renewals = Task.CompletedTask;

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

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe<AlertFeed>(SiloStartup.AlertFeed, StartAsync, StopAsync);

    private Task StartAsync(CancellationToken cancellationToken)
    {
        var reference = grains.CreateObjectReference<IAlertFeedObserver>(this);
        _reference = reference;
        // In the background: the silo's start does not wait for the first subscription, nor fail with it.
        _renewals = Task.Run(() => RenewAsync(reference, _stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task RenewAsync(IAlertFeedObserver reference, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await Task.WhenAll(Partitions(grain => grain.SubscribeAsync(reference)));
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

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _renewals.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // Once only, though a host may be stopped twice; the silo drops the observer itself when it stops.
        if (Interlocked.Exchange(ref _reference, null) is not { } reference) return;
        try { await Task.WhenAll(Partitions(grain => grain.UnsubscribeAsync(reference))).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken); }
        catch (Exception) { /* the subscription lapses by itself */ }
    }

    public void Dispose() => _stopping.Dispose();

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
