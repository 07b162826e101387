using Coordination.Grains.Tests;
using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.Storage.PostgreSql.Rows;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Coordination.PostgreSql.Tests;

/// <summary>The grains' rows in the shared database: what a write leaves is what another instance of the service reads.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class GrainRowStorageTests(PostgreSqlFixture postgres)
{
    public sealed record Entry(string Name, int Count);

    private static readonly IGrainStorageSerializer Json =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private PostgreSqlGrainRowStorage Open(string serviceId = "coordination") => new(postgres.ConnectionString, serviceId, Json);

    [Fact]
    public async Task Rows_inserted_replaced_and_deleted_in_one_write_are_read_back_by_another_instance()
    {
        var inbox = GrainId.Create("inbox", Drafts.UniqueId("MCG"));
        await Open().WriteRowsAsync<Entry>("entries", inbox,
            [new("a", new Entry("alpha", 1)), new("b", new Entry("beta", 2)), new("c", new Entry("gamma", 3))]);
        // Replaced, deleted, a key never written deleted, and a key changed twice in one write (the last change wins).
        await Open().WriteRowsAsync<Entry>("entries", inbox,
            [new("b", new Entry("beta", 20)), new("c", null), new("d", null), new("e", new Entry("epsilon", 5)), new("e", null)]);

        Assert.Equal(new Dictionary<string, Entry> { ["a"] = new("alpha", 1), ["b"] = new("beta", 20) },
            await Open().ReadRowsAsync<Entry>("entries", inbox));
        Assert.Empty(await Open().ReadRowsAsync<Entry>("other-table", inbox));
    }

    [Fact]
    public async Task Services_sharing_the_database_do_not_see_each_others_rows()
    {
        var inbox = GrainId.Create("inbox", Drafts.UniqueId("MCG"));
        await Open("service-a").WriteRowsAsync<Entry>("entries", inbox, [new("a", new Entry("of A", 1))]);
        await Open("service-b").WriteRowsAsync<Entry>("entries", inbox, [new("a", new Entry("of B", 2)), new("b", new Entry("of B", 3))]);
        await Open("service-b").WriteRowsAsync<Entry>("entries", inbox, [new("a", null)]);

        Assert.Equal(new Dictionary<string, Entry> { ["a"] = new("of A", 1) }, await Open("service-a").ReadRowsAsync<Entry>("entries", inbox));
        Assert.Equal(new Dictionary<string, Entry> { ["b"] = new("of B", 3) }, await Open("service-b").ReadRowsAsync<Entry>("entries", inbox));
    }

    [Fact]
    public async Task A_row_that_cannot_be_read_as_its_type_names_the_row_and_the_grain()
    {
        var inbox = GrainId.Create("inbox", Drafts.UniqueId("CoCo"));
        await Sql.ExecuteAsync(postgres.ConnectionString,
            $"INSERT INTO {PostgreSqlGrainRowStorage.Table} (service_id, table_name, grain_id, row_key, payload) VALUES ('coordination', 'entries', $1, 'broken', $2)",
            inbox.ToString(), "not json"u8.ToArray());

        var error = await Assert.ThrowsAsync<OrleansException>(() => Open().ReadRowsAsync<Entry>("entries", inbox));
        Assert.Contains("'broken'", error.Message);
        Assert.Contains(inbox.ToString(), error.Message);
    }
}
