using Coordination.Grains.Records;

namespace Coordination.Grains.Calendars;

/// <summary>What importing an entry does: create the event, update it (same UID, other content), or nothing.</summary>
public enum ImportAction { Create, Update, Unchanged }

/// <summary>One event of an imported file, validated, with what is stored under its id today and what importing it does.</summary>
public sealed record ImportEntry(int Line, EventDraft Draft, Event Validated, Event? Existing)
{
    /// <summary>The fields the import changes in the stored event (the API's JSON names); empty for a new event.</summary>
    public string[] Changes { get; } = Existing is null ? [] : EventChanges.Between(Existing, Validated);

    public ImportAction Action => Existing is null ? ImportAction.Create : Changes.Length == 0 ? ImportAction.Unchanged : ImportAction.Update;

    /// <summary>Stored already with the same content: importing it again changes nothing.</summary>
    public bool Unchanged => Action == ImportAction.Unchanged;
}

/// <summary>
/// Every entry of a file checked before anything is stored: the file is taken whole or not at all. A plan with errors
/// still lists the entries that are valid on their own, so that a preview shows them; it is never stored.
/// </summary>
public sealed record ImportPlan(ImportEntry[] Entries, CalendarLineError[] Errors)
{
    public bool IsValid => Errors.Length == 0;
}

public sealed record ImportProgress(int Done, int Total);

/// <param name="Clashes">The file's events against every calendar once all are stored; null when nothing was stored.</param>
public sealed record ImportReport(int Total, int Created, int Updated, int Unchanged, CalendarLineError[] Failures, ImportClashSummary? Clashes = null);

/// <summary>
/// Imports an iCalendar file (RFC 5545) into the calendars: parse and validate every entry first, and store
/// nothing from a file with any error; then create or update each event through its grain, which puts it on
/// the calendars and raises its clash alerts. Re-importing the same file (UIDs are event ids) updates in place.
/// </summary>
public static class EventCalendarImport
{
    private const int Parallelism = 8;

    /// <summary>
    /// A regional office plans a few hundred events a year. Each stored event may raise <see cref="Domain.Overlaps.AlertBudget.PerItem"/>
    /// alerts, so this bounds the alerts one import can raise as well as the work it takes.
    /// </summary>
    public const int MaxEvents = 1_000;

    public static async Task<ImportPlan> PlanAsync(IGrainFactory grains, string text, ImportDefaults defaults, CancellationToken cancellationToken = default)
    {
        var parsed = EventCalendarFiles.Parse(text, defaults);
        if (!parsed.IsValid) return new ImportPlan([], [.. parsed.Errors]);
        if (parsed.Events.Count > MaxEvents)
            return new ImportPlan([], [new CalendarLineError(parsed.Events[MaxEvents].Line,
                $"The file holds {parsed.Events.Count:N0} events; an import takes at most {MaxEvents:N0}. Split the calendar, for example by quarter.")]);

        var errors = parsed.Events.Where(e => string.IsNullOrWhiteSpace(e.Draft.Id))
            .Select(e => new CalendarLineError(e.Line, "This event has no UID; every event needs one so that importing the file again updates it.")).ToList();
        foreach (var repeated in parsed.Events.Where(e => !string.IsNullOrWhiteSpace(e.Draft.Id)).GroupBy(e => e.Draft.Id).Where(g => g.Count() > 1))
            errors.AddRange(repeated.Skip(1).Select(e => new CalendarLineError(e.Line,
                $"The UID '{repeated.Key}' appears again (first at line {repeated.First().Line}); each event must have its own UID.")));
        var rejected = errors.Select(e => e.Line).ToHashSet();
        var candidates = parsed.Events.Where(e => !rejected.Contains(e.Line)).ToArray();

        var known = await ReferenceLookup.LookUpAsync(grains, candidates.SelectMany(e => e.Draft.Topics ?? []), null);
        var entries = new ImportEntry?[candidates.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, candidates.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, _) =>
        {
            var (line, draft) = candidates[i];
            var existing = await grains.GetGrain<IEventGrain>(draft.Id!).GetAsync();
            var audit = existing?.Audit.Next("import", DateTimeOffset.UnixEpoch) ?? Audit.New("import", DateTimeOffset.UnixEpoch);
            var validated = EventRules.Validate(draft.Id!, draft, known, audit);
            if (validated.IsValid) entries[i] = new ImportEntry(line, draft, validated.Value!, existing);
            else
                lock (errors)
                    errors.AddRange(validated.Errors.SelectMany(field => field.Value.Select(message =>
                        new CalendarLineError(line, $"Event '{draft.Title ?? draft.Id}': {message}"))));
        });
        return new ImportPlan(entries.OfType<ImportEntry>().ToArray(), [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>Stores a valid plan; an entry that fails now (changed meanwhile) is reported with its line, the others go on.</summary>
    public static async Task<ImportReport> StoreAsync(IGrainFactory grains, ImportPlan plan, string actor, ClashSettings settings,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!plan.IsValid) throw new InvalidOperationException("A plan with errors is not stored.");
        int created = 0, updated = 0, unchanged = 0, done = 0;
        var failures = new List<CalendarLineError>();
        var stored = new List<(int Line, Event Event)>();
        await Parallel.ForEachAsync(plan.Entries, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, _) =>
        {
            var grain = grains.GetGrain<IEventGrain>(entry.Draft.Id!);
            if (entry.Action == ImportAction.Unchanged)
            {
                Interlocked.Increment(ref unchanged);
                lock (stored) stored.Add((entry.Line, entry.Existing!));
            }
            else
            {
                var result = entry.Action == ImportAction.Update
                    ? await grain.UpdateAsync(entry.Draft, entry.Existing!.Audit.Version, actor)
                    : await grain.CreateAsync(entry.Draft, actor);
                if (!result.Succeeded)
                    lock (failures) failures.Add(new CalendarLineError(entry.Line, result.Message ?? result.Outcome.ToString()));
                else
                {
                    Interlocked.Increment(ref entry.Action == ImportAction.Create ? ref created : ref updated);
                    lock (stored) stored.Add((entry.Line, result.Value!));
                }
            }
            var now = Interlocked.Increment(ref done);
            if (now % 100 == 0 || now == plan.Entries.Length) progress?.Report(new ImportProgress(now, plan.Entries.Length));
        });
        var clashes = stored.Count == 0 ? null : await SummariseClashesAsync(grains, stored, settings, cancellationToken);
        return new ImportReport(plan.Entries.Length, created, updated, unchanged, [.. failures.OrderBy(f => f.Line)], clashes);
    }

    /// <summary>
    /// Each event of the file checked again once all are stored: while storing, each was checked only against those stored
    /// before it, and the director needs the whole picture.
    /// </summary>
    private static async Task<ImportClashSummary> SummariseClashesAsync(IGrainFactory grains, List<(int Line, Event Event)> stored,
        ClashSettings settings, CancellationToken cancellationToken)
    {
        var checker = grains.GetGrain<IEventClashCheckerGrain>(0);
        var checkedEvents = new ImportedEventClashes[stored.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, stored.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, _) =>
        {
            var profile = EventProfiles.Of(stored[i].Event);
            checkedEvents[i] = new ImportedEventClashes(stored[i].Line, profile, await checker.CheckAsync(profile, settings));
        });
        return ImportClashSummary.Of(checkedEvents);
    }
}
