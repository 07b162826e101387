using Coordination.Grains.Tests;
using System.Text.Json;
using Coordination.Grains;
using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.PostgreSql.Tests.Probes;
using Coordination.Storage.PostgreSql.Hosting;
using Coordination.Storage.PostgreSql.Rows;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Coordination.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class GrainPersistenceTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task An_activity_created_through_its_grain_is_read_back_after_the_silo_restarts()
    {
        var identity = ClusterIdentity.New("restart");
        var id = Drafts.UniqueId("act");
        string topic;
        await using (var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity))
        {
            topic = await Drafts.NewTopicAsync(silo.Grains);
            var created = await silo.Grains.GetGrain<IActivityGrain>(id).CreateAsync(Drafts.Activity("BR", topic), "li.wei");
            Assert.Equal(CommandOutcome.Created, created.Outcome);
        }

        await using (var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity))
        {
            var stored = await silo.Grains.GetGrain<IActivityGrain>(id).GetAsync();

            Assert.NotNull(stored);
            Assert.Equal("Spectrum needs of rural IMT broadband", stored.Title);
            Assert.Equal([topic], stored.Topics);
            Assert.Equal("li.wei", stored.Audit.CreatedBy);
            Assert.Equal(1, stored.Audit.Version);
            Assert.Contains(await silo.Grains.GetGrain<ITopicGrain>(topic).ListActivitiesAsync(), a => a.Id == id);
            Assert.Contains(await silo.Grains.GetGrain<ISectorActivityIndexGrain>(Partitions.SectorIndexKey(Sector.BR, id)).ListAsync(), a => a.Id == id);
        }
    }

    [Fact]
    public async Task An_inbox_stored_as_rows_is_read_back_after_the_silo_restarts()
    {
        var identity = ClusterIdentity.New("inbox");
        var bucket = $"RD:EUR/{Drafts.UniqueId("rows")}";
        var alerts = Enumerable.Range(0, 50).Select(i => new AlertSummary(
            $"act-{i}~act-{i + 100}", [$"Activity {i}", $"Activity {i + 100}"], [Sector.BR, Sector.TSB], [Region.EUR],
            Severity.Medium, 0.5, AlertStatus.Open, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)).ToArray();
        await using (var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity))
        {
            var inbox = silo.Grains.GetGrain<IAlertInboxGrain>(bucket);
            await Task.WhenAll(alerts.Select(a => inbox.UpsertAsync(a)));
            await inbox.UpsertAsync(alerts[7] with { Status = AlertStatus.Resolved });
        }

        await using (var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity))
        {
            var stored = await silo.Grains.GetGrain<IAlertInboxGrain>(bucket).ListAsync();

            Assert.Equal(alerts.Select(a => a.Id).Order(), stored.Select(a => a.Id).Order());
            Assert.Equal(AlertStatus.Resolved, stored.Single(a => a.Id == alerts[7].Id).Status);
            // One row per alert, the later change written over the first.
            Assert.Equal(alerts.Length, await Sql.ScalarAsync<long>(postgres.ConnectionString,
                $"SELECT count(*) FROM {PostgreSqlGrainRowStorage.Table} WHERE table_name = $1 AND grain_id LIKE $2", StorageNames.AlertInboxRows, $"%{bucket}"));
        }
    }

    [Fact]
    public async Task Grain_state_is_stored_as_JSON_with_enum_names_not_CLR_type_names()
    {
        var identity = ClusterIdentity.New("json");
        var id = Drafts.UniqueId("act");
        await using (var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity))
        {
            var created = await silo.Grains.GetGrain<IActivityGrain>(id).CreateAsync(Drafts.Activity("BDT"), "amina");
            Assert.Equal(CommandOutcome.Created, created.Outcome);
        }

        var payload = await Sql.ScalarAsync<string>(postgres.ConnectionString, """
            SELECT convert_from(payload, 'UTF8') FROM orleans_grain_state
             WHERE service_id = $1 AND state_name = $2 AND grain_id_extension = $3
            """, identity.ServiceId, StorageNames.Activity, id);

        using var json = JsonDocument.Parse(payload);
        var activity = Property(json.RootElement, "Current");
        Assert.Equal("Study", Property(activity, "Kind").GetString());
        Assert.Equal("BDT", Property(activity, "Sector").GetString());
        Assert.DoesNotContain("$type", payload);
        Assert.DoesNotContain("Coordination.", payload);
    }

    [Fact]
    public async Task A_write_from_a_version_that_was_overtaken_is_refused_with_InconsistentStateException()
    {
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, ClusterIdentity.New("etag"));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        var grain = ProbeGrainId();
        const string stateName = "etag-probe";
        await WriteAsync(storage, stateName, grain, await ReadAsync(storage, stateName, grain), "first");

        var mine = await ReadAsync(storage, stateName, grain);
        var theirs = await ReadAsync(storage, stateName, grain);
        await WriteAsync(storage, stateName, grain, mine, "mine");

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(storage, stateName, grain, theirs, "theirs"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(stateName, grain, theirs));
        var stored = await ReadAsync(storage, stateName, grain);
        Assert.Equal("mine", stored.State?.Value);
        Assert.Equal("2", stored.ETag);
    }

    [Fact]
    public async Task Of_two_first_writes_of_a_new_state_only_one_succeeds()
    {
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, ClusterIdentity.New("first-write"));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        var grain = ProbeGrainId();
        const string stateName = "etag-probe";
        var one = await ReadAsync(storage, stateName, grain);
        var other = await ReadAsync(storage, stateName, grain);
        Assert.Null(one.ETag);

        await WriteAsync(storage, stateName, grain, one, "one");

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(storage, stateName, grain, other, "other"));
        Assert.Equal("1", one.ETag);
        Assert.Equal("one", (await ReadAsync(storage, stateName, grain)).State?.Value);
    }

    [Fact]
    public async Task A_cleared_state_reads_as_absent_and_can_be_written_again()
    {
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, ClusterIdentity.New("clear"));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        var grain = ProbeGrainId();
        const string stateName = "etag-probe";
        var state = await ReadAsync(storage, stateName, grain);
        await WriteAsync(storage, stateName, grain, state, "before");

        await storage.ClearStateAsync(stateName, grain, state);
        var cleared = await ReadAsync(storage, stateName, grain);

        Assert.False(cleared.RecordExists);
        Assert.Equal("", cleared.State?.Value);
        Assert.Equal("2", cleared.ETag);
        await WriteAsync(storage, stateName, grain, cleared, "after");
        Assert.Equal("after", (await ReadAsync(storage, stateName, grain)).State?.Value);
    }

    [Fact]
    public async Task With_DeleteStateOnClear_a_cleared_state_leaves_no_row()
    {
        const string provider = "delete-on-clear";
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, ClusterIdentity.New("delete"), s => s
            .AddAdoNetGrainStorage(provider, o =>
            {
                o.Invariant = PostgreSqlSiloBuilderExtensions.Invariant;
                o.ConnectionString = postgres.ConnectionString;
                o.DeleteStateOnClear = true;
            }));
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(provider);
        var grain = ProbeGrainId();
        var state = await ReadAsync(storage, "etag-probe", grain);
        await WriteAsync(storage, "etag-probe", grain, state, "doomed");

        await storage.ClearStateAsync("etag-probe", grain, state);

        Assert.Null(state.ETag);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(postgres.ConnectionString,
            "SELECT count(*) FROM orleans_grain_state WHERE grain_id_extension = $1", grain.Key.ToString()!));
    }

    // A string key, as the platform's grains have (a key that parses as a Guid would be stored as a Guid key).
    private static GrainId ProbeGrainId() => GrainId.Create("etag-probe", Drafts.UniqueId("probe"));

    private static async Task<GrainState<ProbeState>> ReadAsync(IGrainStorage storage, string stateName, GrainId grain)
    {
        var state = new GrainState<ProbeState>();
        await storage.ReadStateAsync(stateName, grain, state);
        return state;
    }

    private static Task WriteAsync(IGrainStorage storage, string stateName, GrainId grain, GrainState<ProbeState> state, string value)
    {
        state.State = new ProbeState { Value = value };
        return storage.WriteStateAsync(stateName, grain, state);
    }

    // The serializer's naming policy is the platform's choice; the test only cares that names, not numbers or types, are stored.
    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().Single(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
