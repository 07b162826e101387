using Coordination.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Coordination.Grains.Tests;

public sealed class SqliteGrainStorageTests : IDisposable
{
    public sealed class Counter
    {
        public int Value { get; set; }
        public string? Note { get; set; }
    }

    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-sqlite-").FullName;
    private static readonly GrainId Grain = GrainId.Create("counter", "one");

    private SqliteGrainStorage Open() => Open(Path.Combine(_folder, "nested", "state.db"));

    /// <summary>A new instance on the database file, created when missing, storing JSON as the platform does.</summary>
    internal static SqliteGrainStorage Open(string path)
    {
        var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var options = new SqliteGrainStorageOptions
        {
            DatabasePath = path,
            GrainStorageSerializer = RowStorageContract.Json,
        };
        var storage = new SqliteGrainStorage("test", options, services.GetRequiredService<IActivatorProvider>(), NullLogger<SqliteGrainStorage>.Instance);
        storage.InitializeAsync().GetAwaiter().GetResult();
        return storage;
    }

    /// <summary>What the storage holds for the grain now, read into a fresh state.</summary>
    private static async Task<GrainState<Counter>> ReadAsync(SqliteGrainStorage storage, GrainId grain, string stateName = "counter")
    {
        var state = new GrainState<Counter>();
        await storage.ReadStateAsync(stateName, grain, state);
        return state;
    }

    [Fact]
    public async Task A_missing_state_reads_as_new()
    {
        var state = await ReadAsync(Open(), Grain);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, state.State!.Value);
    }

    [Fact]
    public async Task A_written_state_is_read_back_by_a_new_instance_on_the_same_file()
    {
        var state = new GrainState<Counter>(new Counter { Value = 7, Note = "seven" });
        await Open().WriteStateAsync("counter", Grain, state);

        var reread = await ReadAsync(Open(), Grain);

        Assert.True(reread.RecordExists);
        Assert.Equal(7, reread.State!.Value);
        Assert.Equal("seven", reread.State!.Note);
        Assert.Equal(state.ETag, reread.ETag);
    }

    [Fact]
    public async Task A_write_from_a_stale_etag_is_refused_and_keeps_the_stored_state()
    {
        var storage = Open();
        var first = new GrainState<Counter>(new Counter { Value = 1 });
        await storage.WriteStateAsync("counter", Grain, first);
        var stale = new GrainState<Counter>(new Counter { Value = 99 }) { ETag = first.ETag };
        first.State!.Value = 2;
        await storage.WriteStateAsync("counter", Grain, first);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", Grain, stale));

        Assert.Equal(first.ETag, refused.StoredEtag);
        var reread = await ReadAsync(storage, Grain);
        Assert.Equal(2, reread.State!.Value);
    }

    [Fact]
    public async Task A_second_insert_without_etag_is_refused()
    {
        var storage = Open();
        await storage.WriteStateAsync("counter", Grain, new GrainState<Counter>(new Counter { Value = 1 }));

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteStateAsync("counter", Grain, new GrainState<Counter>(new Counter { Value = 2 })));
    }

    [Fact]
    public async Task Clearing_removes_the_row_and_checks_the_etag()
    {
        var storage = Open();
        var state = new GrainState<Counter>(new Counter { Value = 1 });
        await storage.WriteStateAsync("counter", Grain, state);
        var stale = new GrainState<Counter> { ETag = state.ETag };
        await storage.WriteStateAsync("counter", Grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("counter", Grain, stale));
        await storage.ClearStateAsync("counter", Grain, state);

        var reread = await ReadAsync(storage, Grain);
        Assert.False(reread.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task State_names_keep_rows_apart()
    {
        var storage = Open();
        await storage.WriteStateAsync("a", Grain, new GrainState<Counter>(new Counter { Value = 1 }));
        await storage.WriteStateAsync("b", Grain, new GrainState<Counter>(new Counter { Value = 2 }));

        var a = await ReadAsync(storage, Grain, "a");
        Assert.Equal(1, a.State!.Value);
    }

    [Fact]
    public async Task Concurrent_writes_of_many_grains_are_all_stored_and_read_back_by_a_new_instance()
    {
        var storage = Open();
        var states = Enumerable.Range(0, 300).Select(i => (Id: GrainId.Create("counter", $"c{i}"), State: new GrainState<Counter>(new Counter { Value = i }))).ToArray();

        // All at once, as the alerts of one registration are: they are committed in groups, not one by one.
        await Task.WhenAll(states.Select(s => Task.Run(() => storage.WriteStateAsync("counter", s.Id, s.State))));
        states[7].State.State!.Value = 700;
        await storage.WriteStateAsync("counter", states[7].Id, states[7].State);

        var reopened = Open();
        foreach (var (id, state) in states)
        {
            var reread = await ReadAsync(reopened, id);
            Assert.Equal(state.State!.Value, reread.State!.Value);
            Assert.Equal(state.ETag, reread.ETag);
        }
    }

    [Fact]
    public async Task Of_concurrent_writes_from_one_etag_exactly_one_is_stored_and_the_others_are_refused()
    {
        var storage = Open();
        var first = new GrainState<Counter>(new Counter { Value = 0 });
        await storage.WriteStateAsync("counter", Grain, first);
        var contenders = Enumerable.Range(1, 20).Select(i => new GrainState<Counter>(new Counter { Value = i }) { ETag = first.ETag }).ToArray();
        // Other grains' writes in the same groups are not disturbed by the refusals.
        var bystanders = Enumerable.Range(0, 20).Select(i => new GrainState<Counter>(new Counter { Value = 1000 + i })).ToArray();

        var outcomes = await Task.WhenAll(contenders.Select(c => Task.Run(async () =>
        {
            try
            {
                await storage.WriteStateAsync("counter", Grain, c);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })).Concat(bystanders.Select((b, i) => Task.Run(async () =>
        {
            await storage.WriteStateAsync("counter", GrainId.Create("counter", $"bystander{i}"), b);
            return true;
        }))));

        Assert.Equal(1, outcomes.Take(contenders.Length).Count(stored => stored));
        Assert.All(outcomes.Skip(contenders.Length), Assert.True);
        var winner = contenders[Array.IndexOf(outcomes, true)];
        var reread = await ReadAsync(storage, Grain);
        Assert.Equal(winner.State!.Value, reread.State!.Value);
        Assert.Equal(winner.ETag, reread.ETag);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
