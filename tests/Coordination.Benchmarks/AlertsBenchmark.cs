using System.Diagnostics;
using System.Globalization;
using Coordination.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using ActivityKind = Coordination.Abstractions.Activities.ActivityKind;

namespace Coordination.Benchmarks;

/// <summary>
/// How many alerts real records raise among themselves: every record of un-activities.csv registered once, on a fresh
/// in-process silo as the detection benchmark starts it, through IActivityGrain.CreateAsync as the API registers an
/// activity; then the open activity-overlap alerts of the MCG's inbox counted by severity. The detection benchmark's
/// synthesised corpus answers how fast; this answers how much work the committees get from real data.
/// </summary>
public static class AlertsBenchmark
{
    private const string Actor = "benchmark";

    /// <summary>Longer than the follow-up's longest retry interval, so that a failed publication has its retry inside it.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The sector a reporting agency's records are registered under, as the labelled pairs of shared/data were built.</summary>
    private static Sector? SectorOf(string agency) => agency switch
    {
        "United Nations Development Programme" => Sector.BDT,
        "United Nations Office for Project Services" => Sector.TSB,
        "World Food Programme" => Sector.GS,
        "United Nations Population Fund" => Sector.BR,
        _ when agency.Contains("Habitat", StringComparison.OrdinalIgnoreCase) => Sector.GS, // "UN Habitat" in the CSV
        _ => null, // no sector: validation refuses the record, and it is counted as refused
    };

    /// <summary>
    /// A record as the labelled pairs of shared/data present it: kind, language, dates and status are the same
    /// placeholders for every record (the CSV has none of them), the description names the implementer and sectors.
    /// </summary>
    public static ActivityDraft DraftOf(UnActivity row) => new()
    {
        Id = $"un-{row.Row}",
        Sector = SectorOf(row.Reporting)?.ToString(),
        Kind = nameof(ActivityKind.Project),
        // No title of the CSV is longer than the limit; a longer one would be cut to it at a word rather than refused.
        Title = Corpus.Cut(row.Title, Limits.TitleLength),
        Description = $"Implemented by {row.Implementer}. {string.Join("; ", row.NamedSectors)}".Trim(),
        Language = "en",
        Countries = [row.Country],
        StartDate = new DateOnly(2026, 1, 1),
        EndDate = new DateOnly(2027, 12, 31),
        Status = nameof(ActivityStatus.Ongoing),
    };

    /// <summary>Registers the records and returns the result line; <paramref name="untitled"/> is the count the reader skipped.</summary>
    public static async Task<string> RunAsync(IReadOnlyList<UnActivity> rows, int untitled, StorageKind storageKind, int parallelism)
    {
        var total = Stopwatch.StartNew();
        var unknown = rows.Where(r => !Countries.IsKnown(r.Country)).ToArray();
        var drafts = rows.Except(unknown).Select(DraftOf).ToArray();
        Log($"alerts: {rows.Count + untitled} records; skipped {untitled} without a title and {unknown.Length} of an unknown country " +
            $"({string.Join(", ", unknown.Select(r => r.Country).Distinct().Order())}); storage {storageKind}, parallelism {parallelism}");

        using var telemetry = new TelemetryTap();
        await using var storage = await BenchmarkStorage.CreateAsync(storageKind);
        using var host = await DetectionBenchmark.StartHostAsync(storage, profiler: null, DataFiles.Lexicons);
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var refused = 0;
        var load = await Loading.RunAsync(drafts, parallelism, async draft =>
            {
                var result = await grains.GetGrain<IActivityGrain>(draft.Id!).CreateAsync(draft, Actor);
                if (result.Succeeded) return;
                Interlocked.Increment(ref refused);
                Log(Loading.Refusal(result, draft.Id!));
            },
            () => $", {telemetry.AlertsRaised} alerts raised, {Volatile.Read(ref refused)} refused");
        var registered = drafts.Length - refused;
        Log($"alerts: {registered} registered, {refused} refused, in {load.TotalSeconds:F1} s; {telemetry.AlertsRaised} alerts raised");

        var inbox = await SettledInboxAsync(grains, telemetry);
        await host.StopAsync();

        var open = inbox.Where(a => a.Kind == AlertKeys.ActivityOverlap && a.Status == AlertStatus.Open).ToArray();
        int Of(Severity severity) => open.Count(a => a.Severity == severity);
        // Alerts that stand for a family of country records on one side, rather than one record.
        var families = open.Count(a => AlertKeys.FamilyOf(a.Id) is not null);
        Log($"alerts: done in {total.Elapsed.TotalSeconds:F0} s");
        return string.Create(CultureInfo.InvariantCulture,
            $"alerts activities={registered} alerts={open.Length} per_registration={(registered == 0 ? 0 : open.Length / (double)registered):F2} " +
            $"high={Of(Severity.High)} medium={Of(Severity.Medium)} low={Of(Severity.Low)} families={families}");
    }

    /// <summary>
    /// The MCG's inbox once it shows every alert raised: an alert tells its inboxes after it is stored, and retries on a
    /// timer when that fails, so the listing is read until its count equals the alerts raised and holds over two reads.
    /// </summary>
    private static async Task<AlertSummary[]> SettledInboxAsync(IGrainFactory grains, TelemetryTap telemetry)
    {
        var waited = Stopwatch.StartNew();
        var previous = -1;
        while (true)
        {
            var inbox = await Listings.AlertsAsync(grains, [AlertKeys.Mcg]);
            var raised = telemetry.AlertsRaised;
            if (inbox.Length == previous && inbox.Length == raised)
            {
                Log($"alerts: the MCG's inbox holds all {raised} alerts raised ({waited.Elapsed.TotalSeconds:F1} s after the load)");
                return inbox;
            }
            if (waited.Elapsed > SettleTimeout)
                throw new TimeoutException($"The MCG's inbox holds {inbox.Length} alerts {SettleTimeout.TotalMinutes:F0} min after the load; {raised} were raised.");
            previous = inbox.Length;
            await Task.Delay(PollInterval);
        }
    }

    private static void Log(string message) => DetectionBenchmark.Log(message);
}
