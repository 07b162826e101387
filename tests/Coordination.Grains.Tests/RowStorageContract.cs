using Coordination.Grains.Records;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Coordination.Grains.Tests;

/// <summary>What every row store (memory, SQLite, PostgreSQL) must do alike; shared by the grain and PostgreSQL tests.</summary>
internal static class RowStorageContract
{
    public sealed record Entry(string Name, int Count);

    /// <summary>JSON, as the platform stores state and rows.</summary>
    public static readonly IGrainStorageSerializer Json =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    /// <summary>
    /// Two writes, each through its own instance from <paramref name="open"/>: rows inserted, then one replaced, one
    /// deleted, a key never written deleted and a key changed twice in one write (the last change wins). Asserts
    /// that a third instance reads back what they left, and nothing under another table.
    /// </summary>
    public static async Task WritesReadBackAsTheyLeftThemAsync(Func<IGrainRowStorage> open, GrainId grain)
    {
        await open().WriteRowsAsync<Entry>("entries", grain,
            [new("a", new Entry("alpha", 1)), new("b", new Entry("beta", 2)), new("c", new Entry("gamma", 3))]);
        await open().WriteRowsAsync<Entry>("entries", grain,
            [new("b", new Entry("beta", 20)), new("c", null), new("d", null), new("e", new Entry("epsilon", 5)), new("e", null)]);

        var reader = open();
        Assert.Equal(new Dictionary<string, Entry> { ["a"] = new("alpha", 1), ["b"] = new("beta", 20) }, await reader.ReadRowsAsync<Entry>("entries", grain));
        Assert.Empty(await reader.ReadRowsAsync<Entry>("other-table", grain));
    }
}
