using Coordination.Grains.Alerts;
using Coordination.Grains.Overlaps;
using Coordination.Grains.Records;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>
/// An inbox bucket stores alerts raised together with one write (group commit): every upsert it acknowledged
/// is in the database, which a silo started afresh on the same file reads back.
/// </summary>
public sealed class AlertInboxDurabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-inbox-").FullName;

    [Fact]
    public async Task Concurrent_upserts_acknowledged_by_an_inbox_survive_a_silo_restart()
    {
        const string bucket = "RD:AFR/3";
        var summaries = Enumerable.Range(0, 60).Select(i => new AlertSummary(
            $"clash:ev-{i}~ev-{i + 100}", [$"Event {i}", $"Event {i + 100}"], [Sector.BDT, Sector.TSB], [Region.AFR],
            i % 2 == 0 ? Severity.High : Severity.Medium, 0.6, AlertStatus.Open, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "event-clash")).ToArray();

        await using (var first = await StartAsync())
        {
            var inbox = first.Client.GetGrain<IAlertInboxGrain>(bucket);
            await Task.WhenAll(summaries.Select(s => inbox.UpsertAsync(s)));
            // A later change to one of them is stored over the first.
            await inbox.UpsertAsync(summaries[0] with { Status = AlertStatus.Resolved });
            await first.StopAllSilosAsync();
        }

        await using var second = await StartAsync();
        var stored = await second.Client.GetGrain<IAlertInboxGrain>(bucket).ListAsync();
        Assert.Equal(summaries.Select(s => s.Id).Order(), stored.Select(s => s.Id).Order());
        Assert.Equal(AlertStatus.Resolved, stored.Single(s => s.Id == summaries[0].Id).Status);
        Assert.All(stored.Where(s => s.Id != summaries[0].Id), s => Assert.Equal(AlertStatus.Open, s.Status));
    }

    [Fact]
    public async Task An_inbox_stored_as_one_document_is_moved_into_rows_and_keeps_every_alert()
    {
        const string bucket = "MCG/7";
        var old = ActivityAlerts("old", 40);

        await using (var first = await StartAsync())
        {
            // As the earlier form stored it: one record of the inbox grain holding every alert.
            var storage = first.Storage();
            var inboxId = first.Client.GetGrain<IAlertInboxGrain>(bucket).GetGrainId();
            var document = new GrainState<ListingState<AlertSummary>>(new ListingState<AlertSummary> { Items = old.ToDictionary(a => a.Id) });
            await storage.WriteStateAsync(StorageNames.AlertInbox, inboxId, document);

            var inbox = first.Client.GetGrain<IAlertInboxGrain>(bucket);
            await inbox.UpsertAsync(old[0] with { Status = AlertStatus.Resolved });
            Assert.Equal(old.Length, (await inbox.ListAsync()).Length);
            var after = new GrainState<ListingState<AlertSummary>>(new ListingState<AlertSummary>());
            await storage.ReadStateAsync(StorageNames.AlertInbox, inboxId, after);
            Assert.False(after.RecordExists, "the single document is removed once its alerts are in rows");
            await first.StopAllSilosAsync();
        }

        await using var second = await StartAsync();
        var stored = await second.Client.GetGrain<IAlertInboxGrain>(bucket).ListAsync();
        Assert.Equal(old.Select(a => a.Id).Order(), stored.Select(a => a.Id).Order());
        Assert.Equal(AlertStatus.Resolved, stored.Single(a => a.Id == old[0].Id).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task An_inbox_stored_in_an_earlier_page_layout_is_moved_into_rows_and_keeps_every_alert(int layout)
    {
        const string bucket = "MCG/11";
        var old = ActivityAlerts("paged", 120);
        var earlier = AlertInboxGrain.EarlierLayouts[layout];

        await using (var first = await StartAsync())
        {
            // As an earlier layout stored them: spread over its pages, one record per page.
            var storage = first.Storage();
            GrainId PageId(int page) => GrainId.Create(earlier.StateName, $"{bucket}#{page}");
            var pages = old.Select((a, i) => (Alert: a, Page: i * 7 % earlier.Pages)).GroupBy(p => p.Page, p => p.Alert).ToArray();
            foreach (var page in pages)
            {
                var state = new GrainState<ListingState<AlertSummary>>(new ListingState<AlertSummary> { Items = page.ToDictionary(a => a.Id) });
                await storage.WriteStateAsync(earlier.StateName, PageId(page.Key), state);
            }

            var inbox = first.Client.GetGrain<IAlertInboxGrain>(bucket);
            await inbox.UpsertAsync(old[0] with { Status = AlertStatus.Resolved });
            Assert.Equal(old.Length, (await inbox.ListAsync()).Length);
            foreach (var page in pages.Select(p => p.Key))
            {
                var after = new GrainState<ListingState<AlertSummary>>(new ListingState<AlertSummary>());
                await storage.ReadStateAsync(earlier.StateName, PageId(page), after);
                Assert.False(after.RecordExists, $"earlier page {page} is removed once its alerts are in rows");
            }
            await first.StopAllSilosAsync();
        }

        await using var second = await StartAsync();
        // Once moved, earlier layouts are not read again: a record left there now is not taken for an alert.
        var leftover = old[1] with { Id = "act-leftover~act-stale" };
        await second.Storage().WriteStateAsync(
            earlier.StateName, GrainId.Create(earlier.StateName, $"{bucket}#0"),
            new GrainState<ListingState<AlertSummary>>(new ListingState<AlertSummary> { Items = { [leftover.Id] = leftover } }));
        var stored = await second.Client.GetGrain<IAlertInboxGrain>(bucket).ListAsync();
        Assert.Equal(old.Select(a => a.Id).Order(), stored.Select(a => a.Id).Order());
        Assert.Equal(AlertStatus.Resolved, stored.Single(a => a.Id == old[0].Id).Status);
    }

    [Fact]
    public async Task A_move_cut_short_is_taken_up_again_and_an_alert_already_in_a_row_keeps_its_row()
    {
        const string bucket = "CoCo/5";
        var old = ActivityAlerts("cut", 30);
        var earlier = AlertInboxGrain.EarlierLayouts[0];

        await using (var first = await StartAsync())
        {
            // As a move stopped by a crash leaves it: some alerts already in rows (one changed since), every alert
            // still in the earlier pages, and the move not recorded.
            var inboxId = first.Client.GetGrain<IAlertInboxGrain>(bucket).GetGrainId();
            await first.Storage().WriteStateAsync(earlier.StateName, GrainId.Create(earlier.StateName, $"{bucket}#3"),
                new GrainState<ListingState<AlertSummary>>(new ListingState<AlertSummary> { Items = old.ToDictionary(a => a.Id) }));
            await first.Rows().WriteRowsAsync<AlertSummary>(
                StorageNames.AlertInboxRows, inboxId, [new(old[0].Id, old[0] with { Status = AlertStatus.Resolved }), new(old[1].Id, old[1])]);

            Assert.Equal(old.Length, (await first.Client.GetGrain<IAlertInboxGrain>(bucket).ListAsync()).Length);
            await first.StopAllSilosAsync();
        }

        await using var second = await StartAsync();
        var stored = await second.Client.GetGrain<IAlertInboxGrain>(bucket).ListAsync();
        Assert.Equal(old.Select(a => a.Id).Order(), stored.Select(a => a.Id).Order());
        Assert.Equal(AlertStatus.Resolved, stored.Single(a => a.Id == old[0].Id).Status);
    }

    /// <summary>Open activity-overlap alerts as an inbox lists them, their ids unique to <paramref name="prefix"/>.</summary>
    private static AlertSummary[] ActivityAlerts(string prefix, int count) => Enumerable.Range(0, count).Select(i => new AlertSummary(
        $"act-{prefix}-{i}~act-{prefix}-{i + 1000}", [$"Activity {i}", $"Activity {i + 1000}"], [Sector.BR, Sector.BDT], [],
        Severity.Medium, 0.5, AlertStatus.Open, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)).ToArray();

    private Task<InProcessTestCluster> StartAsync() => ClusterFixture.StartAsync(Path.Combine(_folder, "coordination.db"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
