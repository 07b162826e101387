using Coordination.Grains.Tests;
using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.Storage.PostgreSql.Rows;
using static Coordination.Grains.Tests.RowStorageContract;

namespace Coordination.PostgreSql.Tests;

/// <summary>The grains' rows in the shared database: what a write leaves is what another instance of the service reads.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class GrainRowStorageTests(PostgreSqlFixture postgres)
{
    private PostgreSqlGrainRowStorage Open(string serviceId = "coordination") => new(postgres.ConnectionString, serviceId, Json);

    [Fact]
    public Task Rows_inserted_replaced_and_deleted_in_one_write_are_read_back_by_another_instance() =>
        WritesReadBackAsTheyLeftThemAsync(() => Open(), GrainId.Create("inbox", Drafts.UniqueId("MCG")));

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
