using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Coordination.Grains.Records;
using Orleans.Runtime;
using Orleans.Storage;

namespace Coordination.Benchmarks;

/// <summary>
/// With --profile: where a registration's time goes. Every grain call into the silo is timed (inclusive
/// of the calls it awaits), and so is every read and write of grain storage, by state name, with the
/// size of the state written. Printed per phase to stderr; not part of the result line.
/// </summary>
public sealed class Profiler : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await context.Invoke();
        }
        finally
        {
            Record($"call {context.InterfaceName.Split('.')[^1]}.{context.MethodName}", Stopwatch.GetElapsedTime(started), 0);
        }
    }

    /// <param name="bytes">the size of this one, or -1 when not measured</param>
    public void Record(string key, TimeSpan elapsed, long bytes) => _tallies.GetOrAdd(key, _ => new Tally()).Add(elapsed, bytes);

    public bool ShouldMeasureSize(string key) => _tallies.GetOrAdd(key, _ => new Tally()).Count % 64 == 0;

    public void Reset() => _tallies.Clear();

    /// <summary>The entries by total time, with count, mean, max and (for writes) mean bytes.</summary>
    public string Report(string title, int top = 25)
    {
        static string Ms(long ticks) => (ticks * 1000.0 / Stopwatch.Frequency).ToString("F3", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {title} (inclusive times: a call includes the calls it awaits; *KB serialised, measured on 1 write in 64):");
        text.AppendLine(CultureInfo.InvariantCulture, $"    {"what",-56} {"count",9} {"total s",9} {"mean ms",9} {"max ms",9} {"mean KB*",9}");
        var rows = _tallies.Select(t => (Key: t.Key, Value: t.Value.Snapshot())).OrderByDescending(t => t.Value.Ticks).Take(top);
        foreach (var (key, value) in rows)
        {
            var total = (value.Ticks / (double)Stopwatch.Frequency).ToString("F2", CultureInfo.InvariantCulture);
            var kilobytes = value.Sized > 0 ? (value.Bytes / 1024.0 / value.Sized).ToString("F1", CultureInfo.InvariantCulture) : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    {key,-56} {value.Count,9} {total,9} {Ms(value.Ticks / Math.Max(1, value.Count)),9} {Ms(value.Max),9} {kilobytes,9}");
        }
        return text.ToString().TrimEnd();
    }

    private sealed class Tally
    {
        private long _count, _ticks, _max, _bytes, _sized;

        public long Count => Interlocked.Read(ref _count);

        public void Add(TimeSpan elapsed, long bytes)
        {
            var ticks = (long)(elapsed.TotalSeconds * Stopwatch.Frequency);
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _ticks, ticks);
            if (bytes > 0)
            {
                Interlocked.Add(ref _bytes, bytes);
                Interlocked.Increment(ref _sized);
            }
            long max;
            while (ticks > (max = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, ticks, max) != max) { }
        }

        public (long Count, long Ticks, long Max, long Bytes, long Sized) Snapshot() =>
            (Interlocked.Read(ref _count), Interlocked.Read(ref _ticks), Interlocked.Read(ref _max), Interlocked.Read(ref _bytes), Interlocked.Read(ref _sized));
    }
}

/// <summary>Times the storage provider it wraps, by state name; measures the serialised size of each write.</summary>
public sealed class TimedGrainStorage(IGrainStorage inner, IGrainStorageSerializer serializer, Profiler profiler) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.ReadStateAsync(stateName, grainId, grainState);
        profiler.Record($"storage read {stateName}", Stopwatch.GetElapsedTime(started), 0);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.WriteStateAsync(stateName, grainId, grainState);
        var elapsed = Stopwatch.GetElapsedTime(started);
        // The size of what the provider serialised, measured after the write, outside the timed part, and only
        // for one write in 64 of each state name: serialising again costs as much as the write itself.
        var key = $"storage write {stateName}";
        var bytes = profiler.ShouldMeasureSize(key) ? serializer.Serialize(grainState.State).ToMemory().Length : -1;
        profiler.Record(key, elapsed, bytes);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.ClearStateAsync(stateName, grainId, grainState);
        profiler.Record($"storage clear {stateName}", Stopwatch.GetElapsedTime(started), 0);
    }
}

/// <summary>Times the row storage it wraps, by table.</summary>
public sealed class TimedGrainRowStorage(IGrainRowStorage inner, Profiler profiler) : IGrainRowStorage
{
    public async Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = await inner.ReadRowsAsync<T>(table, grainId);
        profiler.Record($"rows read {table}", Stopwatch.GetElapsedTime(started), 0);
        return rows;
    }

    public async Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class
    {
        var started = Stopwatch.GetTimestamp();
        await inner.WriteRowsAsync(table, grainId, changes);
        profiler.Record($"rows write {table}", Stopwatch.GetElapsedTime(started), 0);
    }
}

/// <summary>
/// With --profile: what the process (in the sample: the silo's work) allocates, by type, from the runtime's allocation sampling (an event about
/// every 100 KB allocated, naming the type of the object that crossed the mark): the types that fill the
/// young generation, and so make the collector pause.
/// </summary>
public sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private const long GcKeyword = 0x1;
    private const int AllocationTickEventId = 10;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs data)
    {
        if (data.EventId != AllocationTickEventId || data.Payload is null || data.PayloadNames is null) return;
        var type = data.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
        var amount = data.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(data.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public void Reset() => _bytes.Clear();

    public string Report(string title, int operations, int top = 20)
    {
        var total = _bytes.Values.Sum();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {title}: sampled allocations by type, {total / 1024.0 / operations:F0} KB per registration in all:");
        foreach (var (type, bytes) in _bytes.OrderByDescending(b => b.Value).Take(top))
            text.AppendLine(CultureInfo.InvariantCulture, $"    {bytes / 1024.0 / operations,8:F1} KB {100.0 * bytes / total,5:F1}%  {type}");
        return text.ToString().TrimEnd();
    }
}
