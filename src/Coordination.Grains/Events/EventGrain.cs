using Coordination.Grains.Alerts;
using Coordination.Grains.Overlaps;
using Coordination.Grains.Records;

namespace Coordination.Grains.Events;

public sealed class EventGrain(
    [PersistentState(StorageNames.Event, StorageNames.Provider)] IPersistentState<RecordState<Event>> state,
    TimeProvider clock,
    ClashSettings settings)
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

    /// <summary>
    /// The event is on its regional office's calendar, on the audience calendars of the months it touches and on
    /// each of its topics; then it is checked, and every clash that reaches the alert threshold raises its pair's alert.
    /// A deleted event leaves every calendar, and its open alerts are withdrawn.
    /// </summary>
    protected override async Task SyncListingsAsync(Event? previous, Event? current)
    {
        var before = previous is null ? null : EventProfiles.Of(previous);
        var after = current is null ? null : EventProfiles.Of(current);
        var calls = new List<Task>();
        if (after is not null)
        {
            var summary = EventSummary.Of(current!);
            calls.Add(Office(after.Region).UpsertEventAsync(after));
            calls.AddRange(AudienceKeys(after).Select(k => Audience(k).UpsertAsync(after)));
            calls.AddRange(summary.Topics.Select(t => GrainFactory.GetGrain<ITopicGrain>(t).UpsertEventAsync(summary)));
        }
        if (before is not null)
        {
            if (before.Region != after?.Region) calls.Add(Office(before.Region).RemoveEventAsync(Id));
            calls.AddRange(AudienceKeys(before).Except(after is null ? [] : AudienceKeys(after)).Select(k => Audience(k).RemoveAsync(Id)));
            calls.AddRange(before.Topics.Except(after?.Topics ?? []).Select(t => GrainFactory.GetGrain<ITopicGrain>(t).RemoveEventAsync(Id)));
        }
        await Task.WhenAll(calls);
        if (after is not null) await RaiseClashAlertsAsync(after);
        else await AlertWithdrawal.WithdrawAsync(GrainFactory, Id);
    }

    private async Task RaiseClashAlertsAsync(EventProfile profile)
    {
        var clashes = await GrainFactory.GetGrain<IEventClashCheckerGrain>(0).CheckAsync(profile, settings);
        await Task.WhenAll(clashes.Where(c => c.RaisesAlert).Select(c => Alert(profile.EventId, c.Other.Id).RaiseClashAsync(new EventClashRaise(profile, c))));
        await WithdrawCoveredWindowAlertsAsync(profile, clashes);
    }

    /// <summary>
    /// One real pair, one alert: a window's alert is withdrawn once the event held in the window carries it. Either this
    /// event's clash with a window is now carried by the window's own event, or this event is a window's own and its
    /// alerts stand for that window's, raised before it was registered. An alert that does not exist or is decided is left.
    /// </summary>
    private async Task WithdrawCoveredWindowAlertsAsync(EventProfile profile, EventClash[] clashes)
    {
        var covered = clashes.Where(c => c.AlertedAs is not null)
            .Select(c => (Window: Alert(profile.EventId, c.Other.Id), By: AlertKeys.ClashPairId(profile.EventId, c.AlertedAs!))).ToList();
        var alerted = clashes.Where(c => c is { IsFlagship: false, RaisesAlert: true }).ToArray();
        if (alerted.Length > 0)
        {
            var months = await Task.WhenAll(EventProfiles.Months(profile.StartUtc, profile.EndUtc)
                .Select(m => GrainFactory.GetGrain<IFlagshipMonthGrain>(EventProfiles.MonthKey(m)).ListAsync()));
            foreach (var window in months.SelectMany(w => w).DistinctBy(w => w.EventId).Where(w => FlagshipEvents.IsEventOf(w, profile)))
                covered.AddRange(alerted.Select(c => (Alert(c.Other.Id, window.EventId), AlertKeys.ClashPairId(profile.EventId, c.Other.Id))));
        }
        await Task.WhenAll(covered.Select(c => c.Window.SupersedeAsync(c.By)));
    }

    private IAlertGrain Alert(string eventId, string otherId) => GrainFactory.GetGrain<IAlertGrain>(AlertKeys.ClashPairId(eventId, otherId));

    private static IEnumerable<string> AudienceKeys(EventProfile profile) =>
        profile.Audience.SelectMany(tag => EventProfiles.Months(profile.StartUtc, profile.EndUtc).Select(m => EventProfiles.AudienceCalendarKey(tag, m)));

    private IAudienceCalendarGrain Audience(string key) => GrainFactory.GetGrain<IAudienceCalendarGrain>(key);

    private IRegionalOfficeGrain Office(Region region) => GrainFactory.GetGrain<IRegionalOfficeGrain>(region.ToString());
}
