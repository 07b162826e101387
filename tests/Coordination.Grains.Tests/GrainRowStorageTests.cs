using Coordination.Grains.Records;
using static Coordination.Grains.Tests.RowStorageContract;

namespace Coordination.Grains.Tests;

/// <summary>
/// The grains' rows as the listings use them, on the in-memory storage and on SQLite (PostgreSQL's are in the
/// PostgreSQL tests): what a write leaves is what the next read finds, on SQLite from a new instance on the file.
/// </summary>
public sealed class GrainRowStorageTests : IDisposable
{
    public static TheoryData<string> Stores => ["memory", "sqlite"];

    private static readonly GrainId Inbox = GrainId.Create("inbox", "MCG/3");
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-rows-").FullName;
    private readonly MemoryGrainRowStorage _memory = new(Json);

    /// <summary>The store; for SQLite a new instance each time, so that a read by another shows what reached the file.</summary>
    private IGrainRowStorage Open(string store) =>
        store == "memory" ? _memory : SqliteGrainStorageTests.Open(Path.Combine(_folder, "rows.db"));

    [Theory]
    [MemberData(nameof(Stores))]
    public Task Rows_inserted_replaced_and_deleted_read_back_as_the_writes_left_them(string store) =>
        WritesReadBackAsTheyLeftThemAsync(() => Open(store), Inbox);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Rows_of_another_grain_or_another_table_are_apart(string store)
    {
        var other = GrainId.Create("inbox", "MCG/4");
        var writer = Open(store);
        await writer.WriteRowsAsync<Entry>("entries", Inbox, [new("a", new Entry("mine", 1))]);
        await writer.WriteRowsAsync<Entry>("entries", other, [new("a", new Entry("other grain", 2))]);
        await writer.WriteRowsAsync<Entry>("other-table", Inbox, [new("a", new Entry("other table", 3))]);

        var reader = Open(store);
        Assert.Equal("mine", (await reader.ReadRowsAsync<Entry>("entries", Inbox))["a"].Name);
        Assert.Equal("other grain", (await reader.ReadRowsAsync<Entry>("entries", other))["a"].Name);
        Assert.Empty(await reader.ReadRowsAsync<Entry>("entries", GrainId.Create("inbox", "never-written")));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Writes_of_many_grains_at_once_are_all_stored(string store)
    {
        var storage = Open(store);
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("inbox", $"RD:AFR/{i}")).ToArray();

        await Task.WhenAll(grains.Select((grain, i) => storage.WriteRowsAsync<Entry>("entries", grain,
            Enumerable.Range(0, 5).Select(j => new KeyValuePair<string, Entry?>($"alert-{j}", new Entry($"alert {j} of {i}", j))).ToArray())));

        var reader = Open(store);
        var read = await Task.WhenAll(grains.Select(grain => reader.ReadRowsAsync<Entry>("entries", grain)));
        Assert.All(read.Select((rows, i) => (rows, i)), r => Assert.Equal(
            Enumerable.Range(0, 5).Select(j => $"alert {j} of {r.i}"), r.rows.OrderBy(e => e.Key).Select(e => e.Value.Name)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
