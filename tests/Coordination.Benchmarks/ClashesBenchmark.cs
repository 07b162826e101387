using System.Diagnostics;
using System.Globalization;
using Coordination.Grains.Calendars;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coordination.Benchmarks;

public sealed record ClashesOptions(StorageKind Storage, int Sample, int IcsSample, int Parallelism, bool Profile);

/// <summary>
/// One size of the clash benchmark, on a fresh in-process silo: register N synthesised events through
/// IEventGrain.CreateAsync (which puts each on its regional, audience and topic calendars and raises its clash
/// alerts), then time clash checks of further planned events one at a time through the checker grain, as the
/// check endpoint does; then export further events to an .ics file and time its import (parse, validate the
/// whole file, store every event through its grain). Diagnostics go to stderr; the result line to stdout.
/// </summary>
public static class ClashesBenchmark
{
    private const string Actor = "benchmark";
    private const int WarmUp = 50;

    public static async Task<string> RunAsync(int n, ClashesOptions options, EventCorpusSource source)
    {
        var total = Stopwatch.StartNew();
        Log($"n={n}: storage {options.Storage}, parallelism {options.Parallelism}, sample {options.Sample}, ics sample {options.IcsSample}, {Environment.ProcessorCount} cores");
        var corpus = EventCorpus.Synthesise(source, "bench", 0, n);
        var planned = EventCorpus.Synthesise(source, "planned", n, WarmUp + options.Sample).Select(Profile).ToArray();
        var imported = EventCorpus.Synthesise(source, "ics", n + WarmUp + options.Sample, options.IcsSample).Select(Validated).ToArray();

        await using (var storage = await BenchmarkStorage.CreateAsync(options.Storage))
        {
            var profiler = options.Profile ? new Profiler() : null;
            // No activities are registered: the grains keep their default, no lexicons.
            using var host = await DetectionBenchmark.StartHostAsync(storage, profiler, Lexicons.None);
            var grains = host.Services.GetRequiredService<IGrainFactory>();

            var load = await Loading.RunAsync(corpus, options.Parallelism,
                async draft => Loading.Expect(await grains.GetGrain<IEventGrain>(draft.Id!).CreateAsync(draft, Actor), draft.Id!), () => "");
            Log($"n={n}: registered in {load.TotalSeconds:F1} s, {n / load.TotalSeconds:F0} events/s");
            if (profiler is not null) { Log(profiler.Report($"n={n} load, {options.Parallelism} in parallel")); profiler.Reset(); }

            var checker = grains.GetGrain<IEventClashCheckerGrain>(0);
            foreach (var profile in planned.Take(WarmUp)) await checker.CheckAsync(profile, ClashSettings.Default);
            var times = new List<double>(options.Sample);
            var slowest = new List<(double Ms, EventProfile Planned, int Clashes)>();
            var (gen0, gen2) = (GC.CollectionCount(0), GC.CollectionCount(2));
            var found = 0L;
            var alerting = 0;
            foreach (var profile in planned.Skip(WarmUp))
            {
                var started = Stopwatch.GetTimestamp();
                var clashes = await checker.CheckAsync(profile, ClashSettings.Default);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                slowest.Add((times[^1], profile, clashes.Length));
                found += clashes.Length;
                if (clashes.Any(c => c.RaisesAlert)) alerting++;
            }
            var latency = new Percentiles(times);
            Log($"n={n}: clash check, {latency.Count} planned events one at a time: p50 {latency.At(50):F2} p95 {latency.At(95):F2} p99 {latency.At(99):F2} max {latency.Max:F2} ms; " +
                $"{found / (double)latency.Count:F1} clashes per check, {alerting} checks with a clash that raises an alert; " +
                $"garbage collections meanwhile: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2; slowest: " +
                string.Join(", ", slowest.OrderByDescending(c => c.Ms).Take(5).Select(c =>
                    $"{c.Ms:F1} ms ({c.Planned.Region} {c.Planned.StartUtc:yyyy-MM-dd}, {c.Planned.Audience.Length} audience, {c.Clashes} clashes)")));
            if (profiler is not null) { Log(profiler.Report($"n={n} checks, one at a time")); profiler.Reset(); }

            var watch = Stopwatch.StartNew();
            var file = EventCalendarFiles.Write(imported, "benchmark");
            var exported = watch.Elapsed;
            watch.Restart();
            var plan = await EventCalendarImport.PlanAsync(grains, file, new ImportDefaults());
            if (!plan.IsValid) throw new InvalidOperationException($"The exported file does not import: line {plan.Errors[0].Line}: {plan.Errors[0].Message}");
            var planTime = watch.Elapsed;
            var report = await EventCalendarImport.StoreAsync(grains, plan, Actor, ClashSettings.Default);
            var importTime = watch.Elapsed;
            if (report.Created != imported.Length) throw new InvalidOperationException($"Imported {report.Created} of {imported.Length} events; failures: {report.Failures.Length}");
            var icsPerSecond = imported.Length / importTime.TotalSeconds;
            Log($"n={n}: .ics of {imported.Length} events ({file.Length / 1024} KiB) written in {exported.TotalMilliseconds:F0} ms ({imported.Length / exported.TotalSeconds:F0} events/s); " +
                $"imported in {importTime.TotalSeconds:F2} s: parsed and validated in {planTime.TotalSeconds:F2} s, stored and summarised in {(importTime - planTime).TotalSeconds:F2} s; " +
                $"{report.Clashes?.ClashingPairs} clashing pairs, {report.Clashes?.AlertedPairs} alerted within the per-event budget");
            if (profiler is not null) Log(profiler.Report($"n={n} .ics import"));

            await host.StopAsync();
            Log($"n={n}: done in {total.Elapsed.TotalSeconds:F0} s");
            return string.Create(CultureInfo.InvariantCulture,
                $"clashes n={n} p50_ms={latency.At(50):F2} p99_ms={latency.At(99):F2} ics_events_per_s={icsPerSecond:F0}");
        }
    }

    private static Event Validated(EventDraft draft)
    {
        var validated = EventRules.Validate(draft.Id!, draft, KnownReferences.None, Audit.New(Actor, DateTimeOffset.UnixEpoch));
        return validated.Value ?? throw new InvalidOperationException(
            $"The synthesised event {draft.Id} does not validate: {string.Join("; ", validated.Errors.SelectMany(e => e.Value))}");
    }

    private static EventProfile Profile(EventDraft draft) => EventProfiles.Of(Validated(draft));

    private static void Log(string message) => DetectionBenchmark.Log(message);
}
