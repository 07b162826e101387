using Coordination.Grains.Alerts;
using Coordination.Grains.Overlaps;
using Coordination.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>
/// A change is acknowledged once stored; what follows it (the inboxes of an alert, the listings of a record) is
/// finished even when it fails at first: retried while the grain is active, taken up again after a crash.
/// The listings' rows are real SQLite rows, written through a switch that can make them fail.
/// </summary>
public sealed class FollowUpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-follow-up-").FullName;

    [Fact]
    public async Task A_decision_stored_during_an_inbox_outage_is_acknowledged_and_reaches_the_inbox_once_storage_is_back()
    {
        await using var cluster = await StartAsync();
        var outage = Outage(cluster);
        var raise = Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.TSB));
        var alert = cluster.Client.GetGrain<IAlertGrain>(Raises.IdOf(raise));
        Assert.Equal(RaiseOutcome.Raised, await alert.RaiseAsync(raise));
        Assert.Equal(AlertStatus.Open, (await StoredInboxRowAsync(cluster, Raises.IdOf(raise)))!.Status);

        outage.Down = true;
        var resolved = await alert.ResolveAsync(AlertResolution.NotDuplicate, "Different frequency bands.", "helena.berg");

        Assert.Equal(CommandOutcome.Ok, resolved.Outcome);
        Assert.Equal(AlertStatus.Resolved, (await StoredAlertAsync(cluster, Raises.IdOf(raise))).State!.Alert!.Status);
        Assert.Equal(AlertStatus.Open, (await StoredInboxRowAsync(cluster, Raises.IdOf(raise)))!.Status);

        outage.Down = false;
        await outage.UntilAsync(async () => (await StoredInboxRowAsync(cluster, Raises.IdOf(raise)))!.Status == AlertStatus.Resolved);
    }

    [Fact]
    public async Task Changes_made_while_the_inboxes_are_unavailable_reach_them_as_the_last_one_left_them()
    {
        await using var cluster = await StartAsync();
        var outage = Outage(cluster);
        var medium = Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.BDT));
        var high = medium with { Match = medium.Match with { Severity = Severity.High, Score = 0.8 } };
        var id = Raises.IdOf(medium);
        var alert = cluster.Client.GetGrain<IAlertGrain>(id);
        Assert.Equal(RaiseOutcome.Raised, await alert.RaiseAsync(high));
        Assert.Equal(Severity.High, (await StoredInboxRowAsync(cluster, id, AlertKeys.CoCo))!.Severity);

        outage.Down = true;
        // Checked again as a medium overlap, the alert leaves the CoCo's inbox; then it is commented on.
        Assert.Equal(RaiseOutcome.Updated, await alert.RaiseAsync(medium));
        Assert.Equal(CommandOutcome.Ok, (await alert.CommentAsync("Looking into it.", "helena.berg")).Outcome);
        Assert.Equal(AlertStatus.Open, (await StoredInboxRowAsync(cluster, id, AlertKeys.CoCo))!.Status);

        outage.Down = false;
        await outage.UntilAsync(async () =>
            (await StoredInboxRowAsync(cluster, id, AlertKeys.CoCo))!.Status == AlertStatus.Resolved
            && (await StoredInboxRowAsync(cluster, id, AlertKeys.Mcg))!.Severity == Severity.Medium);
        var stored = (await StoredAlertAsync(cluster, id)).State!;
        Assert.Equal([AlertKeys.Mcg], stored.Alert!.Routes);
        Assert.Equal((await StoredInboxRowAsync(cluster, id, AlertKeys.Mcg))!.UpdatedAt, stored.Alert.UpdatedAt);
    }

    [Fact]
    public async Task An_inbox_keeps_the_newer_summary_of_an_alert_when_an_older_one_arrives_late()
    {
        await using var cluster = await StartAsync();
        var raise = Raises.Medium(Raises.Side(Sector.GS), Raises.Side(Sector.TSB));
        var id = Raises.IdOf(raise);
        await cluster.Client.GetGrain<IAlertGrain>(id).RaiseAsync(raise);
        var inbox = cluster.Client.GetGrain<IAlertInboxGrain>(Partitions.AlertInboxKey(AlertKeys.Mcg, id));
        var newer = (await inbox.ListAsync()).Single(s => s.Id == id);

        await inbox.UpsertAsync(newer with { Status = AlertStatus.Resolved, UpdatedAt = newer.UpdatedAt.AddMinutes(-1) });

        Assert.Equal(AlertStatus.Open, (await inbox.ListAsync()).Single(s => s.Id == id).Status);
        Assert.Equal(AlertStatus.Open, (await StoredInboxRowAsync(cluster, id))!.Status);
    }

    [Fact]
    public async Task An_alert_change_a_crash_left_unpublished_reaches_its_inboxes_when_the_alert_next_activates()
    {
        var raise = Raises.Medium(Raises.Side(Sector.BDT), Raises.Side(Sector.GS));
        var id = Raises.IdOf(raise);
        await using (var first = await StartAsync())
        {
            var alert = first.Client.GetGrain<IAlertGrain>(id);
            await alert.RaiseAsync(raise);
            await alert.EscalateAsync("Open for too long.");
            await first.StopAllSilosAsync();
        }

        await using var second = await StartAsync();
        // As a crash between storing a decision and telling the inboxes leaves it: the alert resolved and no longer
        // routed to the CoCo, both inboxes still showing it open.
        Assert.Equal(AlertStatus.Open, (await StoredInboxRowAsync(second, id, AlertKeys.CoCo))!.Status);
        var state = await StoredAlertAsync(second, id);
        state.State!.Alert = state.State.Alert! with { Status = AlertStatus.Resolved, Resolution = AlertResolution.NotDuplicate, Routes = [AlertKeys.Mcg] };
        state.State.RoutesLeft = [AlertKeys.CoCo];
        await second.Storage().WriteStateAsync(StorageNames.Alert, AlertGrainId(second, id), state);

        // Only read, not changed: the activation itself tells the inboxes.
        await second.Client.GetGrain<IAlertGrain>(id).GetAsync();

        await Outage(second).UntilAsync(async () =>
            (await StoredInboxRowAsync(second, id, AlertKeys.Mcg))!.Status == AlertStatus.Resolved
            && (await StoredInboxRowAsync(second, id, AlertKeys.CoCo))!.Status == AlertStatus.Resolved);
    }

    [Fact]
    public async Task An_activity_registered_during_a_listing_outage_is_acknowledged_and_listed_once_storage_is_back()
    {
        await using var cluster = await StartAsync();
        var outage = Outage(cluster);
        var topic = await Drafts.NewTopicAsync(cluster.Client);
        var id = Drafts.UniqueId("act");

        outage.Down = true;
        var created = await cluster.Client.GetGrain<IActivityGrain>(id).CreateAsync(Drafts.Activity("BDT", topic), "amina");

        Assert.Equal(CommandOutcome.Created, created.Outcome);
        Assert.DoesNotContain(id, (await StoredSectorRowsAsync(cluster, Sector.BDT, id)).Keys);

        outage.Down = false;
        await outage.UntilAsync(async () => (await StoredSectorRowsAsync(cluster, Sector.BDT, id)).ContainsKey(id));
    }

    /// <summary>The SQLite rows of the silo, failing while <see cref="Down"/>: an outage of the storage the listings write to.</summary>
    private sealed class RowStorageOutage(IGrainRowStorage store) : IGrainRowStorage
    {
        private readonly Lock _lock = new();
        private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool Down;

        /// <summary>Returns once <paramref name="stored"/> holds, checked after each successful write of rows; fails after 30 s without one.</summary>
        public async Task UntilAsync(Func<Task<bool>> stored)
        {
            while (true)
            {
                Task next;
                lock (_lock) next = _written.Task;
                if (await stored()) return;
                await next.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        public Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId) => store.ReadRowsAsync<T>(table, grainId);

        public async Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class
        {
            if (Down) throw new IOException("The rows' storage is unavailable.");
            await store.WriteRowsAsync(table, grainId, changes);
            TaskCompletionSource written;
            lock (_lock) (written, _written) = (_written, new(TaskCreationOptions.RunContinuationsAsynchronously));
            written.SetResult();
        }
    }

    private static async Task<AlertSummary?> StoredInboxRowAsync(InProcessTestCluster cluster, string alertId, string route = AlertKeys.Mcg)
    {
        var inbox = cluster.Client.GetGrain<IAlertInboxGrain>(Partitions.AlertInboxKey(route, alertId));
        var rows = await cluster.Rows().ReadRowsAsync<AlertSummary>(StorageNames.AlertInboxRows, inbox.GetGrainId());
        return rows.GetValueOrDefault(alertId);
    }

    private static Task<Dictionary<string, ActivitySummary>> StoredSectorRowsAsync(InProcessTestCluster cluster, Sector sector, string activityId) =>
        cluster.Rows().ReadRowsAsync<ActivitySummary>(StorageNames.SectorActivityIndexRows,
            cluster.Client.GetGrain<ISectorActivityIndexGrain>(Partitions.SectorIndexKey(sector, activityId)).GetGrainId());

    private static GrainId AlertGrainId(InProcessTestCluster cluster, string id) => cluster.Client.GetGrain<IAlertGrain>(id).GetGrainId();

    private static async Task<GrainState<AlertState>> StoredAlertAsync(InProcessTestCluster cluster, string id)
    {
        var state = new GrainState<AlertState>(new AlertState());
        await cluster.Storage().ReadStateAsync(StorageNames.Alert, AlertGrainId(cluster, id), state);
        Assert.True(state.RecordExists, $"alert {id} is stored");
        return state;
    }

    /// <summary>A silo on this test's SQLite file, the listings' rows written through <see cref="RowStorageOutage"/>.</summary>
    private Task<InProcessTestCluster> StartAsync() =>
        ClusterFixture.StartAsync(Path.Combine(_folder, "coordination.db"), configure: silo => silo.ConfigureServices(services =>
        {
            // SQLite's rows are its grain storage instance (see AddSqliteGrainStorage); the keyed rows are replaced by the switch.
            services.AddSingleton(sp => new RowStorageOutage((IGrainRowStorage)sp.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider)));
            services.AddKeyedSingleton<IGrainRowStorage>(StorageNames.Provider, (sp, _) => sp.GetRequiredService<RowStorageOutage>());
        }));

    private static RowStorageOutage Outage(InProcessTestCluster cluster) => cluster.GetSiloServiceProvider().GetRequiredService<RowStorageOutage>();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
