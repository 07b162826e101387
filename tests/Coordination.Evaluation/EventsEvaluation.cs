using System.Diagnostics;
using System.Globalization;
using System.Text;
using Coordination.Grains;
using Coordination.Grains.Hosting;
using Coordination.TestData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coordination.Evaluation;

/// <summary>
/// Registers every row of a conference listing as an event through the event grains of a real silo, checks
/// each one with no adjacency gap and no subject window, and writes the pairs found: the same conference
/// listed twice (duplicate) and different conferences in one city on overlapping dates (clash).
/// </summary>
public static class EventsEvaluation
{
    public static async Task<int> RunAsync(string path, string outPath)
    {
        var rows = ConferenceListing.Read(path);
        var unmapped = rows.Count(r => r.City.Length > 0 && ConferenceListing.CountryCode(r.Country) is null);
        if (unmapped > 0) Console.Error.WriteLine($"  {unmapped} rows with a city in an unknown country are registered as global");

        // The silo's ports are bound only as it starts: when one was taken meanwhile, a fresh host on fresh ports.
        using var host = await PortRace.StartAsync(2, BuildHost, h => h.StartAsync());
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var watch = Stopwatch.StartNew();
        var done = 0;
        var refused = 0;
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (row, _) =>
        {
            var country = row.City.Length > 0 ? ConferenceListing.CountryCode(row.Country) : null;
            var result = await grains.GetGrain<IEventGrain>($"row-{row.Row}").CreateAsync(new EventDraft
            {
                Title = row.Name, Kind = "Conference", TimeZone = "UTC",
                Start = row.Start.ToDateTime(TimeOnly.MinValue), End = row.End.AddDays(1).ToDateTime(TimeOnly.MinValue),
                City = country is null ? null : row.City, Country = country, Region = country is null ? "GLOBAL" : null,
                OrganisingSectors = ["GS"],
            }, "evaluation");
            if (!result.Succeeded) Interlocked.Increment(ref refused);
            if (Interlocked.Increment(ref done) % 500 == 0) Console.Error.WriteLine($"  registered {done}/{rows.Count} ({watch.Elapsed.TotalSeconds:F0} s)");
        });
        if (refused > 0) Console.Error.WriteLine($"  {refused} rows were refused by validation");

        var settings = new ClashSettings(TimeSpan.Zero, TimeSpan.Zero);
        var pairs = new Dictionary<(int, int), (string Kind, double Score)>();
        foreach (var row in rows)
        {
            if (await grains.GetGrain<IEventGrain>($"row-{row.Row}").GetAsync() is not { } stored) continue;
            foreach (var clash in await grains.GetGrain<IEventClashCheckerGrain>(0).CheckAsync(EventProfiles.Of(stored), settings))
            {
                if (!clash.Other.Id.StartsWith("row-", StringComparison.Ordinal)) continue;
                var other = int.Parse(clash.Other.Id[4..], CultureInfo.InvariantCulture);
                var kind = clash.Kinds.Contains(ClashKind.Duplicate) ? "duplicate"
                    : clash.Explanation.Evidence.Any(e => e.Kind == "same-city-overlap") ? "clash" : null;
                if (kind is not null) pairs[(Math.Min(row.Row, other), Math.Max(row.Row, other))] = (kind, clash.Score);
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        await host.StopAsync();

        var tsv = new StringBuilder("kind\trow_a\trow_b\tscore\n");
        foreach (var ((a, b), (kind, score)) in pairs.OrderBy(p => p.Key))
            tsv.Append(CultureInfo.InvariantCulture, $"{kind}\t{a}\t{b}\t{score:F4}\n");
        await File.WriteAllTextAsync(outPath, tsv.ToString());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"events file={Path.GetFileName(path)} n={rows.Count} duplicates={pairs.Values.Count(p => p.Kind == "duplicate")} clashes={pairs.Values.Count(p => p.Kind == "clash")} seconds={seconds:F1}"));
        Reference(rows, pairs);
        return 0;
    }

    /// <summary>
    /// A labelling derived from the listing itself, to read the figures against: a duplicate is the same URL or
    /// the same name on the same start day in the same place; a clash is two others in one city on overlapping dates.
    /// </summary>
    private static void Reference(IReadOnlyList<ConferenceRow> rows, Dictionary<(int, int), (string Kind, double Score)> found)
    {
        var truth = new Dictionary<(int, int), string>();
        foreach (var group in rows.Where(r => r.City.Length > 0).GroupBy(r => ClashScorer.CityKey(r.City) + "|" + r.Country))
        {
            var list = group.OrderBy(r => r.Start).ToArray();
            for (var i = 0; i < list.Length; i++)
                for (var j = i + 1; j < list.Length && list[j].Start <= list[i].End; j++)
                    truth[(Math.Min(list[i].Row, list[j].Row), Math.Max(list[i].Row, list[j].Row))] = SameEvent(list[i], list[j]) ? "duplicate" : "clash";
        }
        foreach (var group in rows.Where(r => r.City.Length == 0).GroupBy(r => (Name(r.Name), r.Start)))
        {
            var list = group.ToArray();
            for (var i = 0; i < list.Length; i++)
                for (var j = i + 1; j < list.Length; j++)
                    truth[(Math.Min(list[i].Row, list[j].Row), Math.Max(list[i].Row, list[j].Row))] = "duplicate";
        }
        foreach (var kind in new[] { "duplicate", "clash" })
        {
            var expected = truth.Where(t => t.Value == kind).Select(t => t.Key).ToHashSet();
            var reported = found.Where(f => f.Value.Kind == kind).Select(f => f.Key).ToHashSet();
            var hits = reported.Count(expected.Contains);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  reference {kind}: expected={expected.Count} reported={reported.Count} precision={(reported.Count == 0 ? 0 : (double)hits / reported.Count):F3} recall={(expected.Count == 0 ? 0 : (double)hits / expected.Count):F3}"));
        }
    }

    private static bool SameEvent(ConferenceRow a, ConferenceRow b) =>
        (a.Url.Length > 0 && a.Url.TrimEnd('/') == b.Url.TrimEnd('/')) || (Name(a.Name) == Name(b.Name) && a.Start == b.Start);

    private static string Name(string name) => new(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    private static IHost BuildHost(int[] ports)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(ports[0], ports[1]);
            silo.AddCoordinationGrains();
            silo.UseInMemoryReminderService();
            silo.AddCoordinationMemoryStorage();
        });
        return builder.Build();
    }
}
