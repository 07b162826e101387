using Coordination.Grains.Records;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>A cluster of its own, on a clock the tests move forward: ageing its alerts ages nobody else's.</summary>
public sealed class AgeingClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-ageing-").FullName;

    public TestClock Clock { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync() => Cluster = await ClusterFixture.StartAsync(Path.Combine(_folder, "coordination.db"), Clock);

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Alerts open longer than <see cref="AgeingSettings.AlertOverdueAfter"/> go to the Coordination Committee as well, once.</summary>
public class AlertAgeingTests(AgeingClusterFixture fixture) : IClassFixture<AgeingClusterFixture>
{
    private static readonly TimeSpan PastThreshold = AgeingSettings.Default.AlertOverdueAfter + TimeSpan.FromDays(1);

    private readonly IGrainFactory _grains = fixture.Grains;

    private IAlertAgeingGrain Ageing => _grains.GetGrain<IAlertAgeingGrain>(0);

    private async Task<IAlertGrain> RaiseAsync(AlertRaise raise)
    {
        var grain = _grains.GetGrain<IAlertGrain>(Raises.IdOf(raise));
        Assert.Equal(RaiseOutcome.Raised, await grain.RaiseAsync(raise));
        return grain;
    }

    private Task<AlertSummary[]> InboxAsync(string route) => Listings.AlertsAsync(_grains, [route]);

    [Fact]
    public async Task An_open_alert_older_than_the_threshold_is_escalated_to_the_Coordination_Committee_once()
    {
        var grain = await RaiseAsync(Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.BDT)));
        var raised = (await grain.GetAsync())!;
        Assert.Equal([AlertKeys.Mcg], raised.Routes);
        fixture.Clock.Advance(PastThreshold);

        var escalated = await Ageing.RunAsync();

        Assert.True(escalated >= 1, $"{escalated} escalated");
        var alert = (await grain.GetAsync())!;
        Assert.Equal([AlertKeys.Mcg, AlertKeys.CoCo], alert.Routes);
        Assert.NotNull(alert.EscalatedAt);
        Assert.True(alert.EscalatedAt - alert.RaisedAt > AgeingSettings.Default.AlertOverdueAfter);
        Assert.Equal(AlertStatus.Open, alert.Status);
        var entry = alert.Trail[^1];
        Assert.Equal((AlertActions.System, AlertActions.Escalated, "MCG", "MCG, CoCo"), (entry.Actor, entry.Action, entry.Before, entry.After));
        Assert.Contains("30 days", entry.Note);
        var inCoCo = Assert.Single(await InboxAsync(AlertKeys.CoCo), s => s.Id == alert.Id);
        Assert.Equal(AlertStatus.Open, inCoCo.Status);
        Assert.Equal(alert.EscalatedAt, inCoCo.EscalatedAt);
        Assert.Equal(alert.EscalatedAt, Assert.Single(await InboxAsync(AlertKeys.Mcg), s => s.Id == alert.Id).EscalatedAt);

        Assert.Equal(0, await Ageing.RunAsync());
        Assert.Single((await grain.GetAsync())!.Trail, e => e.Action == AlertActions.Escalated);
    }

    [Fact]
    public async Task Resolved_alerts_and_alerts_younger_than_the_threshold_are_not_escalated()
    {
        var resolvedRaise = Raises.Medium(Raises.Side(Sector.TSB), Raises.Side(Sector.GS));
        var resolved = await RaiseAsync(resolvedRaise);
        Assert.Equal(CommandOutcome.Ok, (await resolved.ResolveAsync(AlertResolution.Coordinate, null, "helena.berg", "tf-ai")).Outcome);
        fixture.Clock.Advance(PastThreshold);
        var youngRaise = Raises.Medium(Raises.Side(Sector.BDT), Raises.Side(Sector.GS));
        var young = await RaiseAsync(youngRaise);
        fixture.Clock.Advance(AgeingSettings.Default.AlertOverdueAfter - TimeSpan.FromDays(1));

        await Ageing.RunAsync();

        foreach (var alert in new[] { (await resolved.GetAsync())!, (await young.GetAsync())! })
        {
            Assert.Null(alert.EscalatedAt);
            Assert.DoesNotContain(AlertKeys.CoCo, alert.Routes);
            Assert.DoesNotContain(alert.Trail, e => e.Action == AlertActions.Escalated);
        }
        string[] ids = [Raises.IdOf(resolvedRaise), Raises.IdOf(youngRaise)];
        Assert.DoesNotContain(await InboxAsync(AlertKeys.CoCo), s => ids.Contains(s.Id));
    }

    [Fact]
    public async Task An_escalated_alert_raised_again_stays_with_the_Coordination_Committee()
    {
        var raise = Raises.Medium(Raises.Side(Sector.GS), Raises.Side(Sector.BR));
        var grain = await RaiseAsync(raise);
        fixture.Clock.Advance(PastThreshold);
        await Ageing.RunAsync();
        var escalatedAt = (await grain.GetAsync())!.EscalatedAt;
        Assert.NotNull(escalatedAt);

        Assert.Equal(RaiseOutcome.Updated, await grain.RaiseAsync(raise with { Checked = raise.Other, Other = raise.Checked }));

        var alert = (await grain.GetAsync())!;
        Assert.Equal(2, alert.TimesChecked);
        Assert.Contains(AlertKeys.CoCo, alert.Routes);
        Assert.Equal(escalatedAt, alert.EscalatedAt);
        Assert.Contains(await InboxAsync(AlertKeys.CoCo), s => s.Id == alert.Id && s.Status == AlertStatus.Open);
    }
}
