namespace Coordination.Grains.Tests;

/// <summary>The live feed relays every change of an alert to the hosts subscribed to the alert's partition.</summary>
[Collection(ClusterCollection.Name)]
public class AlertFeedTests(ClusterFixture fixture)
{
    private sealed class Recorder(string alertId) : IAlertFeedObserver
    {
        public TaskCompletionSource<AlertChange> Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<AlertChange> Resolved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task OnChangedAsync(AlertChange change)
        {
            if (change.Summary.Id == alertId) (change.Summary.Status == AlertStatus.Open ? Opened : Resolved).TrySetResult(change);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_subscribed_host_hears_of_an_alert_raised_and_resolved_with_the_routes_it_is_shown_on()
    {
        var raise = Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.BDT));
        var alertId = Raises.IdOf(raise);
        var recorder = new Recorder(alertId);
        var observer = fixture.Cluster.Client.CreateObjectReference<IAlertFeedObserver>(recorder);
        var feed = fixture.Grains.GetGrain<IAlertFeedGrain>(Partitions.AlertBucket(alertId));
        await feed.SubscribeAsync(observer);
        try
        {
            var alert = fixture.Grains.GetGrain<IAlertGrain>(alertId);
            await alert.RaiseAsync(raise);
            var opened = await recorder.Opened.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await alert.ResolveAsync(AlertResolution.NotDuplicate, "Different audiences", "helena.berg");
            var resolved = await recorder.Resolved.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(["MCG"], opened.Routes);
            Assert.Equal(alertId, resolved.Summary.Id);
            Assert.NotNull(resolved.Summary.ResolvedAt);
        }
        finally
        {
            await feed.UnsubscribeAsync(observer);
            fixture.Cluster.Client.DeleteObjectReference<IAlertFeedObserver>(observer);
        }
    }
}
