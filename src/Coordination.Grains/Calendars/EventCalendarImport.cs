using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain.Calendars;
using Coordination.Domain.Validation;
using Coordination.Grains.Records;

namespace Coordination.Grains.Calendars;

/// <summary>One event of an imported file, validated, with what is stored under its id today.</summary>
public sealed record ImportEntry(int Line, EventDraft Draft, Event Validated, Event? Existing)
{
    /// <summary>Stored already with the same material content: importing it again changes nothing.</summary>
    public bool Unchanged => Existing is not null && EventProfiles.Of(Existing).MaterialHash == EventProfiles.Of(Validated).MaterialHash;
}

/// <summary>Every entry of a file checked before anything is stored: the file is taken whole or not at all.</summary>
public sealed record ImportPlan(ImportEntry[] Entries, CalendarLineError[] Errors)
{
    public bool IsValid => Errors.Length == 0;
}

public sealed record ImportProgress(int Done, int Total);

public sealed record ImportReport(int Total, int Created, int Updated, int Unchanged, CalendarLineError[] Failures);

/// <summary>
/// Imports an iCalendar file (RFC 5545) into the calendars: parse and validate every entry first, and store
/// nothing from a file with any error; then create or update each event through its grain, which puts it on
/// the calendars and raises its clash alerts. Re-importing the same file (UIDs are event ids) updates in place.
/// </summary>
public static class EventCalendarImport
{
    private const int Parallelism = 8;

    public static async Task<ImportPlan> PlanAsync(IGrainFactory grains, string text, ImportDefaults defaults, CancellationToken cancellationToken = default)
    {
        var parsed = EventCalendarFiles.Parse(text, defaults);
        if (!parsed.IsValid) return new ImportPlan([], [.. parsed.Errors]);

        var errors = parsed.Events.Where(e => string.IsNullOrWhiteSpace(e.Draft.Id))
            .Select(e => new CalendarLineError(e.Line, "This event has no UID; every event needs one so that importing the file again updates it.")).ToList();
        if (errors.Count > 0) return new ImportPlan([], [.. errors]);
        foreach (var repeated in parsed.Events.GroupBy(e => e.Draft.Id).Where(g => g.Count() > 1))
            errors.AddRange(repeated.Skip(1).Select(e => new CalendarLineError(e.Line,
                $"The UID '{repeated.Key}' appears again (first at line {repeated.First().Line}); each event must have its own UID.")));

        var known = await ReferenceLookup.LookUpAsync(grains, parsed.Events.SelectMany(e => e.Draft.Topics ?? []), null);
        var entries = new ImportEntry?[parsed.Events.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, parsed.Events.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, _) =>
        {
            var (line, draft) = parsed.Events[i];
            var existing = await grains.GetGrain<IEventGrain>(draft.Id!).GetAsync();
            var audit = existing?.Audit.Next("import", DateTimeOffset.UnixEpoch) ?? Audit.New("import", DateTimeOffset.UnixEpoch);
            var validated = EventRules.Validate(draft.Id!, draft, known, audit);
            if (validated.IsValid) entries[i] = new ImportEntry(line, draft, validated.Value!, existing);
            else
                lock (errors)
                    errors.AddRange(validated.Errors.SelectMany(field => field.Value.Select(message =>
                        new CalendarLineError(line, $"Event '{draft.Title ?? draft.Id}': {message}"))));
        });
        return new ImportPlan(errors.Count == 0 ? entries.Select(e => e!).ToArray() : [],
            [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>Stores a valid plan; an entry that fails now (changed meanwhile) is reported with its line, the others go on.</summary>
    public static async Task<ImportReport> StoreAsync(IGrainFactory grains, ImportPlan plan, string actor,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!plan.IsValid) throw new InvalidOperationException("A plan with errors is not stored.");
        int created = 0, updated = 0, unchanged = 0, done = 0;
        var failures = new List<CalendarLineError>();
        await Parallel.ForEachAsync(plan.Entries, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (entry, _) =>
        {
            var grain = grains.GetGrain<IEventGrain>(entry.Draft.Id!);
            if (entry.Unchanged) Interlocked.Increment(ref unchanged);
            else
            {
                var result = entry.Existing is { } existing
                    ? await grain.UpdateAsync(entry.Draft, existing.Audit.Version, actor)
                    : await grain.CreateAsync(entry.Draft, actor);
                if (!result.Succeeded)
                    lock (failures) failures.Add(new CalendarLineError(entry.Line, result.Message ?? result.Outcome.ToString()));
                else if (entry.Existing is null) Interlocked.Increment(ref created);
                else Interlocked.Increment(ref updated);
            }
            var now = Interlocked.Increment(ref done);
            if (now % 100 == 0 || now == plan.Entries.Length) progress?.Report(new ImportProgress(now, plan.Entries.Length));
        });
        return new ImportReport(plan.Entries.Length, created, updated, unchanged, [.. failures.OrderBy(f => f.Line)]);
    }
}
