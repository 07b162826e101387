using System.Collections.Concurrent;
using System.Text.Json;
using Coordination.FaultTests.Load;

namespace Coordination.FaultTests.Verification;

/// <summary>The checks after the load: reads, listings, the re-scan reminder, the alerts.</summary>
internal sealed class Verifier(ClusterApi api, Routing routing, Ledger ledger)
{
    private const int Parallelism = 4;
    private const int Attempts = 5;

    /// <summary>
    /// Reads every id through the survivors. A failed request (no answer, 5xx) is retried, up to
    /// <see cref="Attempts"/> times; a 404 is asked once more a second later, and both answers are kept.
    /// </summary>
    /// <param name="confirmNotFound">Ask again a second after a 404 (for acknowledged ids); false takes the first 404 as the answer.</param>
    public async Task<ReadBack> ReadBackAsync(IReadOnlyCollection<string> ids, Func<string, string> path, CancellationToken cancellationToken, bool confirmNotFound = true)
    {
        var found = new ConcurrentBag<string>();
        var notFound = new ConcurrentBag<string>();
        var unreachable = new ConcurrentBag<string>();
        var notFoundFirst = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, token) =>
            {
                var sawNotFound = false;
                for (var attempt = 1; attempt <= Attempts; attempt++)
                {
                    var response = await api.SendAsync(routing.Next(), HttpMethod.Get, path(id), null, Actors.Coordinator, token);
                    if (response.Is(200))
                    {
                        found.Add(id);
                        if (sawNotFound) notFoundFirst.Add(id);
                        return;
                    }
                    if (response.Is(404))
                    {
                        if (sawNotFound || !confirmNotFound)
                        {
                            notFound.Add(id);
                            return;
                        }
                        sawNotFound = true;
                    }
                    // A poll of the cluster with a bounded number of attempts, not a synchronisation.
                    await Task.Delay(TimeSpan.FromMilliseconds(sawNotFound ? 1000 : 500), token);
                }
                if (sawNotFound) notFound.Add(id);
                else unreachable.Add(id);
            });
        return new ReadBack(ids.Count, [.. found], [.. notFound.Order(StringComparer.Ordinal)], [.. unreachable.Order(StringComparer.Ordinal)],
            [.. notFoundFirst.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The ids the sector listings show (GET /api/activities?sector=...); null when a page could not be read.</summary>
    public async Task<HashSet<string>?> ListActivitiesAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sector, _) in Actors.SectorUsers)
        {
            if (await ListAllAsync($"/api/activities?sector={sector}", cancellationToken) is not { } items) return null;
            foreach (var item in items) ids.Add(item.GetProperty("id").GetString()!);
        }
        return ids;
    }

    /// <summary>The ids the Africa calendar lists; null when it could not be read.</summary>
    public async Task<HashSet<string>?> ListCalendarAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var response = await api.SendAsync(routing.Next(), HttpMethod.Get, Workload.CalendarPath, null, Actors.Director, cancellationToken);
            if (response.Is(200))
                return response.Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
        return null;
    }

    /// <summary>
    /// Polls GET /api/overlaps/rescan every two seconds until a re-scan that started after the kill has finished,
    /// or the deadline passes. Started after the kill is what "the reminder still fires" means.
    /// </summary>
    public async Task<RescanCheck> WaitForRescanAsync(DateTimeOffset killedAt, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var polls = 0;
        string? lastError = null;
        RescanCheck? last = null;
        while (true)
        {
            polls++;
            var response = await api.SendAsync(routing.Next(), HttpMethod.Get, "/api/overlaps/rescan", null, Actors.Coordinator, cancellationToken);
            if (response.Is(200))
            {
                var p = response.Json();
                var started = Time(p, "startedAt");
                var finished = Time(p, "finishedAt");
                var running = p.GetProperty("running").GetBoolean();
                var startedAfter = started > killedAt;
                var finishedAfter = startedAfter && !running && finished >= started;
                last = new RescanCheck(startedAfter || last?.StartedAfterKill == true, finishedAfter, started, finished,
                    p.GetProperty("total").GetInt32(), p.GetProperty("done").GetInt32(), p.GetProperty("alertsRaised").GetInt32(),
                    p.GetProperty("failed").GetInt32(), polls, waited.Elapsed.TotalSeconds, lastError);
                if (finishedAfter) return last;
            }
            else lastError = response.Error ?? $"HTTP {response.Status}";
            if (waited.Elapsed >= deadline)
                return (last ?? new RescanCheck(false, false, null, null, 0, 0, 0, 0, polls, 0, lastError)) with
                {
                    Polls = polls, WaitedSeconds = waited.Elapsed.TotalSeconds, LastError = lastError,
                };
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    /// <summary>
    /// Lists the dashboards (MCG sees every alert; CoCo and the Africa director some) and reads each alert. A
    /// duplicate is an alert listed twice in one dashboard, or a second alert record for an unordered pair that
    /// already has one (pairs taken from each alert's own item ids, and from its id "a~b").
    /// </summary>
    public async Task<AlertCheck> CheckAlertsAsync(CancellationToken cancellationToken)
    {
        string[] routes = ["MCG", "CoCo", "RD:AFR"];
        var perRoute = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = 0;
        var evidence = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            if (await ListPagesAsync($"/api/alerts?route={Uri.EscapeDataString(route)}", cancellationToken) is not { } pages)
                return Failed($"the {route} alerts could not be listed");
            perRoute[route] = pages.Sum(p => p.Length);
            // One page is one answer of the server; an id on two pages may be the order shifting while a re-scan
            // updates scores, so that is reported but counted only within one page.
            foreach (var page in pages)
                foreach (var group in page.GroupBy(i => i.GetProperty("id").GetString()!, StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    repeated += group.Count() - 1;
                    evidence.Add($"{route} lists alert {group.Key} {group.Count()} times in one page");
                }
            foreach (var group in pages.SelectMany(p => p.Select(i => i.GetProperty("id").GetString()!).Distinct(StringComparer.Ordinal))
                         .GroupBy(id => id, StringComparer.Ordinal))
            {
                ids.Add(group.Key);
                if (group.Count() > 1) evidence.Add($"{route} lists alert {group.Key} on {group.Count()} pages (not counted: paging is not atomic)");
            }
        }

        var itemPairs = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var unreadable = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, token) =>
            {
                for (var attempt = 1; attempt <= Attempts; attempt++)
                {
                    var response = await api.SendAsync(routing.Next(), HttpMethod.Get, $"/api/alerts/{Uri.EscapeDataString(id)}", null, Actors.Coordinator, token);
                    if (response.Is(200))
                    {
                        var items = response.Json().GetProperty("itemIds").EnumerateArray().Select(i => i.GetString()!).ToArray();
                        itemPairs[id] = PairKey(items);
                        return;
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(500), token);
                }
                unreadable.Add(id);
            });
        if (!unreadable.IsEmpty) return Failed($"{unreadable.Count} alerts could not be read, e.g. {unreadable.First()}");

        var mismatches = ids.Where(id => PairKey(id.Split('~')) != itemPairs[id])
            .Select(id => $"{id} holds items {itemPairs[id]}").Order(StringComparer.Ordinal).ToArray();
        // Two records for one pair, whether told apart by id or by items: union of both views.
        var extra = 0;
        foreach (var group in ids.GroupBy(id => itemPairs[id], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            extra += group.Count() - 1;
            evidence.Add($"pair {group.Key} has {group.Count()} alerts: {string.Join(", ", group)}");
        }
        foreach (var group in ids.GroupBy(id => PairKey(id.Split('~')), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            if (group.Select(id => itemPairs[id]).Distinct().Count() == 1) continue; // counted above
            extra += group.Count() - 1;
            evidence.Add($"ids of pair {group.Key}: {string.Join(", ", group)}");
        }

        var alertedPairs = ids.Select(id => itemPairs[id]).ToHashSet(StringComparer.Ordinal);
        // Planted pairs whose both sides were acknowledged must be alerted; a pair whose duplicate was sent but not
        // acknowledged (and stored anyway) is planted too, named "act-N-dup-of-M", so it is not "other".
        var planted = ledger.Activities.Values
            .Where(a => a.DuplicateOf is not null && ledger.Activities.ContainsKey(a.DuplicateOf))
            .Select(a => PairKey([a.Id, a.DuplicateOf!])).ToHashSet(StringComparer.Ordinal);
        var missing = planted.Where(p => !alertedPairs.Contains(p)).Order(StringComparer.Ordinal).ToArray();
        var unplanned = alertedPairs.Where(p => !planted.Contains(p)).ToArray();
        var plantedUnacknowledged = unplanned.Count(IsPlantedByName);
        var others = unplanned.Where(p => !IsPlantedByName(p)).Order(StringComparer.Ordinal).ToArray();
        return new AlertCheck(perRoute, ids.Count, repeated, extra, [.. evidence], mismatches, planted.Count, planted.Count - missing.Length,
            missing, plantedUnacknowledged, others.Length, [.. others.Take(10)], null);

        AlertCheck Failed(string error) => new([], 0, 0, 0, [], [], 0, 0, [], 0, 0, [], error);
    }

    /// <summary>"act-00012~act-00031-dup-of-00012": a pair the load planted, whether or not both sides were acknowledged.</summary>
    private static bool IsPlantedByName(string pair) =>
        pair.Split('~') is [var a, var b] && (b.EndsWith($"-dup-of-{a[4..]}", StringComparison.Ordinal) || a.EndsWith($"-dup-of-{b[4..]}", StringComparison.Ordinal));

    public static string PairKey(IEnumerable<string> ids) => string.Join('~', ids.Order(StringComparer.Ordinal));

    /// <summary>Every item of a paged listing (limit 500); null when a page could not be read after retries.</summary>
    private async Task<List<JsonElement>?> ListAllAsync(string path, CancellationToken cancellationToken) =>
        await ListPagesAsync(path, cancellationToken) is { } pages ? [.. pages.SelectMany(p => p)] : null;

    private async Task<List<JsonElement[]>?> ListPagesAsync(string path, CancellationToken cancellationToken)
    {
        var pages = new List<JsonElement[]>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var offset = 0; ; )
        {
            JsonElement? page = null;
            for (var attempt = 1; attempt <= Attempts && page is null; attempt++)
            {
                var response = await api.SendAsync(routing.Next(), HttpMethod.Get, $"{path}{separator}limit=500&offset={offset}", null, Actors.Coordinator, cancellationToken);
                if (response.Is(200)) page = response.Json();
                else await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
            if (page is not { } p) return null;
            var pageItems = p.GetProperty("items").EnumerateArray().ToArray();
            pages.Add(pageItems);
            offset += pageItems.Length;
            if (pageItems.Length == 0 || offset >= p.GetProperty("total").GetInt32()) return pages;
        }
    }

    private static DateTimeOffset? Time(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;
}
