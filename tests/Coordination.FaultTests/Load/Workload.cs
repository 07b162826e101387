using System.Text.Json;

namespace Coordination.FaultTests.Load;

/// <summary>
/// The bounded load: <see cref="Workers"/> workers, each with one request in flight, paced to at most
/// <see cref="OperationsPerSecond"/> operations a second and so at most <see cref="Budget"/> in all, round-robin
/// over the live silos. The mix: registrations of activities (a quarter of them, when possible, near-duplicates
/// of an earlier one from another sector, so that alerts are raised), reads of acknowledged activities,
/// registrations of events in the Africa calendar, and calendar checks.
/// </summary>
internal sealed class Workload(ClusterApi api, Routing routing, Ledger ledger, LoadClock clock, int seconds, int seed)
{
    public const int Workers = 4;
    public const double OperationsPerSecond = 40;
    public const int NearDuplicatePercent = 25;

    public const string CalendarPath = "/api/regions/AFR/events?from=2027-01-01&to=2028-01-01";

    private int _issued;

    /// <summary>The fixed maximum number of operations.</summary>
    public int Budget => (int)(OperationsPerSecond * seconds);

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(() => WorkerAsync(worker, cancellationToken), cancellationToken)));

    private async Task WorkerAsync(int worker, CancellationToken cancellationToken)
    {
        var random = new Random(seed * 31 + worker);
        while (true)
        {
            var slot = Interlocked.Increment(ref _issued) - 1;
            if (slot >= Budget) return;
            // Pacing, not synchronisation: operation k is not sent before k / rate seconds into the load.
            var wait = slot / OperationsPerSecond - clock.Now;
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait), cancellationToken);
            if (clock.Now >= seconds) return;

            var silo = routing.Next();
            var roll = random.Next(100);
            if (roll < 60) await RegisterActivityAsync(silo, random, OperationKind.RegisterActivity, allowDuplicate: true, cancellationToken);
            else if (roll < 75) await ReadActivityAsync(silo, random, cancellationToken);
            else if (roll < 85) await RegisterEventAsync(silo, random, cancellationToken);
            else await CheckCalendarAsync(silo, cancellationToken);
        }
    }

    /// <summary>Registers one activity through <paramref name="silo"/>; true when it was acknowledged (201).</summary>
    public async Task<bool> RegisterActivityAsync(int silo, Random random, OperationKind kind, bool allowDuplicate, CancellationToken cancellationToken)
    {
        var id = ledger.NextActivityId();
        string sector, title, description, country;
        string? duplicateOf = null;
        if (allowDuplicate && random.Next(100) < NearDuplicatePercent && ledger.PairBases.TryDequeue(out var pairBase))
        {
            var others = Actors.SectorUsers.Select(s => s.Sector).Where(s => s != pairBase.Sector).ToArray();
            sector = others[random.Next(others.Length)];
            title = pairBase.Title;
            description = Texts.WithOneWordChanged(random, pairBase.Description);
            country = pairBase.Country;
            duplicateOf = pairBase.Id;
            id = $"{id}-dup-of-{pairBase.Id[4..]}";
        }
        else
        {
            sector = Actors.SectorUsers[random.Next(Actors.SectorUsers.Length)].Sector;
            title = Texts.Words(random, 5);
            description = Texts.Words(random, 14);
            country = Actors.Countries[random.Next(Actors.Countries.Length)];
        }
        var body = new { id, sector, kind = "Study", title, description, regions = new[] { "AFR" }, countries = new[] { country } };

        var start = clock.Now;
        var response = await api.SendAsync(silo, HttpMethod.Post, "/api/activities", body, Actors.UserOf(sector), cancellationToken);
        var end = clock.Now;
        var outcome = response.Is(201) ? Outcome.Ok : response.Failed ? Outcome.Failed : Outcome.Rejected;
        ledger.Record(new OperationRecord(kind, silo, start, end, response.Status, response.Error, outcome, id,
            outcome == Outcome.Rejected ? Snippet(response.Body) : null));
        switch (outcome)
        {
            case Outcome.Ok:
                ledger.Acknowledge(new AcknowledgedActivity(id, sector, start, end, duplicateOf));
                if (duplicateOf is null) ledger.PairBases.Enqueue(new PairBase(id, sector, title, description, country));
                return true;
            case Outcome.Failed:
                ledger.Unacknowledged[id] = kind;
                return false;
            default:
                return false;
        }
    }

    private async Task ReadActivityAsync(int silo, Random random, CancellationToken cancellationToken)
    {
        if (ledger.RandomActivityId(random) is not { } id)
        {
            await CheckCalendarAsync(silo, cancellationToken);
            return;
        }
        var start = clock.Now;
        var response = await api.SendAsync(silo, HttpMethod.Get, $"/api/activities/{id}", null, Actors.Coordinator, cancellationToken);
        var outcome = response.Is(200) ? Outcome.Ok : response.Failed ? Outcome.Failed : Outcome.Rejected;
        if (response.Is(404)) ledger.ReadMisses.Enqueue(id);
        ledger.Record(new OperationRecord(OperationKind.ReadActivity, silo, start, clock.Now, response.Status, response.Error, outcome, id, null));
    }

    private async Task RegisterEventAsync(int silo, Random random, CancellationToken cancellationToken)
    {
        var id = ledger.NextEventId();
        var begins = new DateTime(2027, 1, 4, 9, 0, 0, DateTimeKind.Unspecified).AddDays(random.Next(0, 330));
        var body = new
        {
            id,
            title = $"Workshop {Texts.Words(random, 3)}",
            kind = "Workshop",
            start = begins.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            end = begins.AddDays(2).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            timeZone = "Africa/Nairobi",
            country = "KE",
            organisingSectors = new[] { Actors.SectorUsers[random.Next(Actors.SectorUsers.Length)].Sector },
        };
        var start = clock.Now;
        var response = await api.SendAsync(silo, HttpMethod.Post, "/api/events", body, Actors.Director, cancellationToken);
        var end = clock.Now;
        var outcome = response.Is(201) ? Outcome.Ok : response.Failed ? Outcome.Failed : Outcome.Rejected;
        ledger.Record(new OperationRecord(OperationKind.RegisterEvent, silo, start, end, response.Status, response.Error, outcome, id,
            outcome == Outcome.Rejected ? Snippet(response.Body) : null));
        if (outcome == Outcome.Ok) ledger.Events[id] = new AcknowledgedEvent(id, start, end);
        else if (outcome == Outcome.Failed) ledger.Unacknowledged[id] = OperationKind.RegisterEvent;
    }

    /// <summary>
    /// The "event check": event clash detection is not built yet, so the check reads the region's calendar and
    /// looks for every event acknowledged before the check was sent.
    /// </summary>
    private async Task CheckCalendarAsync(int silo, CancellationToken cancellationToken)
    {
        var start = clock.Now;
        var expected = ledger.Events.Values.Where(e => e.AcknowledgedAt < start).Select(e => e.Id).ToArray();
        var response = await api.SendAsync(silo, HttpMethod.Get, CalendarPath, null, Actors.Director, cancellationToken);
        var outcome = response.Is(200) ? Outcome.Ok : response.Failed ? Outcome.Failed : Outcome.Rejected;
        string? note = null;
        if (outcome == Outcome.Ok)
        {
            var listed = response.Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet(StringComparer.Ordinal);
            var missing = expected.Where(id => !listed.Contains(id)).ToArray();
            if (missing.Length > 0)
            {
                ledger.CalendarGaps.Enqueue((start, missing));
                note = $"{missing.Length} acknowledged events not listed";
            }
        }
        ledger.Record(new OperationRecord(OperationKind.CheckCalendar, silo, start, clock.Now, response.Status, response.Error, outcome, null, note));
    }

    private static string? Snippet(string? body) => body is null ? null : body.Length <= 300 ? body : body[..300];
}

internal static class JsonElements
{
    public static string? StringOrNull(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
