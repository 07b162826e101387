using System.Diagnostics;
using System.Globalization;
using Coordination.Grains.Overlaps;
using Coordination.Grains;
using Coordination.Grains.Hosting;
using Coordination.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Activity = Coordination.Abstractions.Activities.Activity;

namespace Coordination.Benchmarks;

public sealed record DetectionOptions(
    IReadOnlyList<int> Sizes,
    StorageKind Storage,
    string DataPath,
    int Sample,
    int BruteSample,
    int Parallelism,
    bool InProcess,
    bool Profile,
    TimeSpan? LoadBudget);

/// <summary>The load of a size took longer than --max-load-minutes: no figures for that size.</summary>
public sealed class LoadBudgetExceededException(string message) : Exception(message);

/// <summary>
/// One size of the detection benchmark, on a fresh in-process silo: load N corpus activities through
/// IActivityGrain.CreateAsync with bounded parallelism, measure memory, then the latency of further
/// registrations one at a time; stop the silo; then the brute-force and MoreLikeThis baselines over the
/// same N activities with the same queries. Details and diagnostics go to stderr; the result line to stdout.
/// </summary>
public static class DetectionBenchmark
{
    private const string Actor = "benchmark";
    private const int WarmUp = 50;

    /// <summary>Matches asked of the index for the recall measure: deeper than a check, so that the sample's own registrations cannot crowd out corpus matches.</summary>
    private const int RecallDepth = 50;

    public static async Task<string> RunAsync(int n, DetectionOptions options, IReadOnlyList<UnActivity> rows)
    {
        var total = Stopwatch.StartNew();
        Log($"n={n}: storage {options.Storage}, parallelism {options.Parallelism}, sample {options.Sample}, brute-force sample {Math.Min(options.BruteSample, options.Sample)}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        var corpus = Corpus.Synthesise(rows, "bench", 0, n);
        var sample = Corpus.Synthesise(rows, "bench", n, options.Sample);
        var warmUp = Corpus.Synthesise(rows, "warm", 0, WarmUp);
        var bruteQueries = sample.Take(Math.Min(options.BruteSample, sample.Length)).Select(BruteForceDetector.ProfileOf).ToArray();
        var crossLanguageShare = corpus.Count(d => d.Language != "en") / (double)n;
        Log($"n={n}: corpus languages {string.Join(", ", corpus.CountBy(d => d.Language!).OrderByDescending(l => l.Value).Select(l => $"{l.Key} {l.Value}"))}; " +
            $"not English {crossLanguageShare:P1}; brute-force queries {string.Join(", ", bruteQueries.CountBy(q => q.Language).OrderByDescending(l => l.Value).Select(l => $"{l.Key} {l.Value}"))}");
        Dictionary<string, string[]> indexed;

        using var telemetry = new TelemetryTap();
        double perSecond, bytesPerActivity, alertsPerRegistration;
        Percentiles latency;
        await using (var storage = await BenchmarkStorage.CreateAsync(options.Storage))
        {
            var profiler = options.Profile ? new Profiler() : null;
            using var allocations = options.Profile ? new AllocationSampler() : null;
            using var host = await StartHostAsync(storage, profiler, DataFiles.Lexicons);
            var grains = host.Services.GetRequiredService<IGrainFactory>();

            // JIT and first activations of the shared grains, then the warm-up activities are deleted again:
            // their activations stay in the baseline, the index is empty.
            foreach (var draft in warmUp) Loading.Expect(await grains.GetGrain<IActivityGrain>(draft.Id!).CreateAsync(draft, Actor), draft.Id!);
            foreach (var draft in warmUp) await grains.GetGrain<IActivityGrain>(draft.Id!).DeleteAsync(1, Actor);
            await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards).Select(s => grains.GetGrain<IOverlapShardGrain>(s).StatsAsync()));

            var before = IndexMemory.HeapBytes();
            telemetry.Reset(recordChecks: false); // a list of N durations would count in the memory figure
            profiler?.Reset();
            var load = await Loading.RunAsync(corpus, options.Parallelism,
                async draft => Loading.Expect(await grains.GetGrain<IActivityGrain>(draft.Id!).CreateAsync(draft, Actor), draft.Id!),
                () => $", {telemetry.AlertsRaised} alerts raised, heap {GC.GetTotalMemory(false) / 1e6:F0} MB", options.LoadBudget);
            perSecond = n / load.TotalSeconds;
            alertsPerRegistration = telemetry.AlertsRaised / (double)n;
            Log($"n={n}: loaded in {load.TotalSeconds:F1} s, {perSecond:F0} registrations/s; alerts raised {telemetry.AlertsRaised}");
            if (profiler is not null) Log(profiler.Report($"n={n} load, {options.Parallelism} in parallel"));

            var after = IndexMemory.HeapBytes();
            bytesPerActivity = (after - before) / (double)n;
            Log($"n={n}: managed heap {before / 1e6:F1} MB before loading, {after / 1e6:F1} MB after: {bytesPerActivity:F0} bytes per activity (everything the silo holds for it)");
            await LogActivationsAsync(grains, n);
            await IndexMemory.MeasureInSiloAsync(grains, n, after);

            telemetry.Reset(recordChecks: true);
            profiler?.Reset();
            allocations?.Reset();
            var times = new List<double>(sample.Length);
            var (pausedBefore, gen0Before, gen2Before, allocatedBefore) =
                (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
            foreach (var draft in sample)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await grains.GetGrain<IActivityGrain>(draft.Id!).CreateAsync(draft, Actor);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Loading.Expect(result, draft.Id!);
            }
            latency = new Percentiles(times);
            var checks = telemetry.Checks();
            Log($"n={n}: register-and-check, {latency.Count} sequential: p50 {latency.At(50):F2} p95 {latency.At(95):F2} p99 {latency.At(99):F2} max {latency.Max:F2} ms; " +
                $"of which the overlap check (detector grain, 16 shards) p50 {checks.At(50):F2} p95 {checks.At(95):F2} p99 {checks.At(99):F2} ms; alerts raised {telemetry.AlertsRaised}");
            Log($"n={n}: garbage collection during the sample: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / sample.Length:F0} KB allocated per registration, " +
                $"{GC.CollectionCount(0) - gen0Before} collections ({GC.CollectionCount(2) - gen2Before} full), {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms paused, " +
                $"heap {GC.GetTotalMemory(false) / 1e6:F0} MB");
            if (profiler is not null) Log(profiler.Report($"n={n} sample, one at a time"));
            if (allocations is not null) Log(allocations.Report($"n={n} sample", sample.Length));

            // What the index finds for the brute-force queries, compared below with what a scan of all N finds.
            indexed = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var query in bruteQueries)
                indexed[query.ActivityId] = [.. (await grains.GetGrain<IOverlapDetectorGrain>(0).CheckAsync(query, RecallDepth))
                    .Where(m => m.RaisesAlert).Select(m => m.ActivityId)];

            await host.StopAsync();
        }

        var watch = Stopwatch.StartNew();
        var brute = new BruteForceDetector(corpus);
        var (bruteLatency, bruteAlerts) = brute.Measure(bruteQueries);
        Log($"n={n}: brute force over {n} profiles, {bruteLatency.Count} queries: p50 {bruteLatency.At(50):F2} p99 {bruteLatency.At(99):F2} ms " +
            $"({bruteAlerts.Count(a => a.Value.Length > 0)} queries with a match that raises an alert; {watch.Elapsed.TotalSeconds:F1} s)");
        var expected = bruteAlerts.Sum(a => a.Value.Length);
        var found = bruteAlerts.Sum(a => a.Value.Count(id => indexed[a.Key].Contains(id)));
        Log($"n={n}: index recall: of the {expected} alert-raising matches the scan of all {n} finds for those queries, the index finds {found} " +
            $"({(expected == 0 ? 1 : found / (double)expected):P1})");
        var languageOf = brute.Profiles.Concat(bruteQueries).ToDictionary(p => p.ActivityId, p => p.Language, StringComparer.Ordinal);
        bool Across(string query, string match) => languageOf[query] != languageOf[match];
        var crossExpected = bruteAlerts.Sum(a => a.Value.Count(id => Across(a.Key, id)));
        var crossFound = bruteAlerts.Sum(a => a.Value.Count(id => Across(a.Key, id) && indexed[a.Key].Contains(id)));
        Log($"n={n}: of which across languages: {crossExpected} found by the scan, {crossFound} by the index");

        var indexBytes = IndexMemory.InProcessBytesPerActivity(n, brute.Profiles, withConcepts: true);
        var sameLanguageIndexBytes = IndexMemory.InProcessBytesPerActivity(n, brute.Profiles, withConcepts: false);

        watch.Restart();
        using var mlt = new MoreLikeThisSearch(corpus);
        var built = watch.Elapsed;
        var mltLatency = mlt.Measure(sample);
        Log($"n={n}: MoreLikeThis over {n} texts (RAMDirectory built in {built.TotalSeconds:F1} s), {mltLatency.Count} queries: p50 {mltLatency.At(50):F2} p99 {mltLatency.At(99):F2} ms");
        Log($"n={n}: done in {total.Elapsed.TotalSeconds:F0} s");

        return string.Create(CultureInfo.InvariantCulture,
            $"detection n={n} p50_ms={latency.At(50):F2} p95_ms={latency.At(95):F2} p99_ms={latency.At(99):F2} per_s={perSecond:F0} alerts_per_registration={alertsPerRegistration:F2} bytes_per_activity={bytesPerActivity:F0} " +
            $"index_bytes_per_activity={indexBytes:F0} index_bytes_per_activity_same_language_only={sameLanguageIndexBytes:F0} cross_language_share={crossLanguageShare:F3} " +
            $"brute_p99_ms={bruteLatency.At(99):F2} mlt_p99_ms={mltLatency.At(99):F2}");
    }

    /// <summary>
    /// A silo as the benchmarks start it, started; <paramref name="lexicons"/> are registered for its grains as the platform's host
    /// registers the ones it ships. Its ports are bound only as it starts: when one was taken meanwhile, a fresh host on fresh ports.
    /// </summary>
    internal static Task<IHost> StartHostAsync(BenchmarkStorage storage, Profiler? profiler, Lexicons lexicons) =>
        PortRace.StartAsync(2, ports => BuildHost(storage, profiler, lexicons, ports[0], ports[1]), host => host.StartAsync());

    private static IHost BuildHost(BenchmarkStorage storage, Profiler? profiler, Lexicons lexicons, int siloPort, int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // stdout carries only the result lines: logs go to stderr, warnings and above.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort);
            silo.Services.AddSingleton(lexicons); // before AddCoordinationGrains, whose default is Lexicons.None
            silo.AddCoordinationGrains();
            silo.UseInMemoryReminderService();
            // With --profile the provider is timed, under the platform's name; the real one gets another.
            var provider = profiler is null ? StorageNames.Provider : $"{StorageNames.Provider}-inner";
            storage.AddTo(silo, provider);
            if (profiler is not null)
            {
                silo.Services.AddGrainStorage(StorageNames.Provider, (services, _) =>
                    new TimedGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(provider), services.GetRequiredService<IGrainStorageSerializer>(), profiler));
                silo.Services.AddKeyedSingleton<IGrainRowStorage>(StorageNames.Provider, (services, _) =>
                    new TimedGrainRowStorage(services.GetRequiredKeyedService<IGrainRowStorage>(provider), profiler));
                silo.AddIncomingGrainCallFilter(profiler);
            }
        });
        return builder.Build();
    }

    private static async Task LogActivationsAsync(IGrainFactory grains, int n)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var counts = statistics.GroupBy(s => s.GrainType.Split(',')[0].Split('.')[^1])
            .Select(g => (Type: g.Key, Count: g.Sum(s => s.ActivationCount))).OrderByDescending(g => g.Count).Take(8);
        Log($"n={n}: activations: {string.Join(", ", counts.Select(c => $"{c.Type} {c.Count}"))}");
    }

    public static void Log(string message) => Console.Error.WriteLine(message);
}
