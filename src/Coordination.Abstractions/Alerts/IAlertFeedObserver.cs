using Orleans.Concurrency;

namespace Coordination.Abstractions.Alerts;

/// <summary>
/// Told of every change of an alert: the host of each silo subscribes one observer, which passes the change
/// to the dashboards open in that host's browsers.
/// </summary>
[Alias("coordination.IAlertFeedObserver")]
public interface IAlertFeedObserver : IGrainObserver
{
    [Alias("OnChanged"), OneWay] Task OnChangedAsync(AlertChange change);
}
