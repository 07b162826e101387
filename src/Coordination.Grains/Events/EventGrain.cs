using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain.Validation;
using Coordination.Grains.Records;

namespace Coordination.Grains.Events;

public sealed class EventGrain(
    [PersistentState(StorageNames.Event, StorageNames.Provider)] IPersistentState<RecordState<Event>> state,
    TimeProvider clock)
    : RecordGrain<Event, EventDraft>(state, clock), IEventGrain
{
    protected override string Kind => "event";

    public Task<Event?> GetAsync() => Task.FromResult(Current);

    public Task<CommandResult<Event>> CreateAsync(EventDraft draft, string actor) => CreateCoreAsync(draft, actor);

    public Task<CommandResult<Event>> UpdateAsync(EventDraft draft, int expectedVersion, string actor) =>
        UpdateCoreAsync(draft, expectedVersion, actor);

    public Task<CommandResult<Event>> DeleteAsync(int expectedVersion, string actor) => DeleteCoreAsync(expectedVersion, actor);

    protected override Audit AuditOf(Event record) => record.Audit;

    protected override Task<KnownReferences> LookUpReferencesAsync(EventDraft draft) =>
        ReferenceLookup.LookUpAsync(GrainFactory, draft.Topics, null);

    protected override Validated<Event> Validate(string id, EventDraft draft, KnownReferences known, Audit audit, Event? current) =>
        EventRules.Validate(id, draft, known, audit);

    /// <summary>The event is on its regional office's calendar and on each of its topics.</summary>
    protected override async Task SyncListingsAsync(Event? previous, Event? current)
    {
        var calls = new List<Task>();
        var summary = current is null ? null : EventSummary.Of(current);
        if (summary is not null)
        {
            calls.Add(Office(summary.Region).UpsertEventAsync(summary));
            calls.AddRange(summary.Topics.Select(t => GrainFactory.GetGrain<ITopicGrain>(t).UpsertEventAsync(summary)));
        }
        if (previous is not null)
        {
            if (previous.Region != current?.Region) calls.Add(Office(previous.Region).RemoveEventAsync(Id));
            calls.AddRange(previous.Topics.Except(current?.Topics ?? [])
                .Select(t => GrainFactory.GetGrain<ITopicGrain>(t).RemoveEventAsync(Id)));
        }
        await Task.WhenAll(calls);
    }

    private IRegionalOfficeGrain Office(Region region) => GrainFactory.GetGrain<IRegionalOfficeGrain>(region.ToString());
}
