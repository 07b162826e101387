using System.Collections.Concurrent;
using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>
/// Rows kept serialised in the silo's memory, the counterpart of Orleans' in-memory grain storage for benchmarks and
/// evaluations: lost when the silo stops, and not shared between silos.
/// </summary>
public sealed class MemoryGrainRowStorage(IGrainStorageSerializer serializer) : IGrainRowStorage
{
    private readonly ConcurrentDictionary<(string Table, GrainId Grain), Dictionary<string, BinaryData>> _grains = new();

    public Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId)
    {
        if (!_grains.TryGetValue((table, grainId), out var rows)) return Task.FromResult(new Dictionary<string, T>());
        lock (rows) return Task.FromResult(rows.ToDictionary(r => r.Key, r => GrainRowPayload.Read<T>(serializer, r.Value, r.Key, table, grainId)));
    }

    public Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class
    {
        var serialized = changes.Select(c => (c.Key, Value: c.Value is null ? null : serializer.Serialize(c.Value))).ToArray();
        var rows = _grains.GetOrAdd((table, grainId), _ => []);
        lock (rows)
            foreach (var (key, value) in serialized)
                if (value is null) rows.Remove(key);
                else rows[key] = value;
        return Task.CompletedTask;
    }
}
