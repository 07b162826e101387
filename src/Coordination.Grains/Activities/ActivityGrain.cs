using Coordination.Grains.Alerts;
using Coordination.Grains.Overlaps;
using Coordination.Grains.Records;

namespace Coordination.Grains.Activities;

public sealed class ActivityGrain(
    [PersistentState(StorageNames.Activity, StorageNames.Provider)] IPersistentState<RecordState<Activity>> state,
    TimeProvider clock,
    Lexicons lexicons)
    : RecordGrain<Activity, ActivityDraft>(state, clock), IActivityGrain
{
    protected override string Kind => "activity";

    public Task<Activity?> GetAsync() => Task.FromResult(Current);

    public Task<CommandResult<Activity>> CreateAsync(ActivityDraft draft, string actor) => CreateCoreAsync(draft, actor);

    public Task<CommandResult<Activity>> UpdateAsync(ActivityDraft draft, int expectedVersion, string actor) =>
        UpdateCoreAsync(draft, expectedVersion, actor);

    public Task<CommandResult<Activity>> DeleteAsync(int expectedVersion, string actor) => DeleteCoreAsync(expectedVersion, actor);

    public async Task<OverlapMatch[]> FindOverlapsAsync() =>
        Current is null ? [] : await OverlapIndex.CheckAsync(GrainFactory, OverlapProfiles.Of(Current, lexicons));

    public async Task<int> RecheckAsync() =>
        Current is null ? 0 : await OverlapIndex.RaiseAlertsAsync(GrainFactory, OverlapProfiles.Of(Current, lexicons));

    protected override Audit AuditOf(Activity record) => record.Audit;

    protected override Task<KnownReferences> LookUpReferencesAsync(ActivityDraft draft) =>
        ReferenceLookup.LookUpAsync(GrainFactory, draft.Topics, draft.ThematicPriority);

    protected override Validated<Activity> Validate(string id, ActivityDraft draft, KnownReferences known, Audit audit, Activity? current) =>
        ActivityRules.Validate(id, draft, known, audit);

    /// <summary>
    /// The activity is listed in one bucket of its sector's index and under each of its topics, and
    /// indexed for overlap detection, and counted in its family of country records if it has one; then it is checked,
    /// and alerts are raised for what it duplicates.
    /// A deleted activity leaves every listing, and its open alerts are withdrawn.
    /// </summary>
    protected override async Task SyncListingsAsync(Activity? previous, Activity? current)
    {
        var profile = current is null ? null : OverlapProfiles.Of(current, lexicons);
        var calls = new List<Task> { profile is null ? OverlapIndex.RemoveAsync(GrainFactory, Id) : OverlapIndex.UpsertAsync(GrainFactory, profile) };
        var summary = current is null ? null : ActivitySummary.Of(current, profile!.Family);
        if (summary is not null)
        {
            calls.Add(SectorIndex(summary.Sector).UpsertAsync(summary));
            calls.AddRange(summary.Topics.Select(t => GrainFactory.GetGrain<ITopicGrain>(t).UpsertActivityAsync(summary)));
        }
        var (family, previousFamily) = (profile?.Family, previous is null ? null : ActivityFamilies.IdOf(previous));
        if (family is not null) calls.Add(Family(family).JoinAsync(new FamilyMember(Id, current!.Title, current.Countries)));
        if (previousFamily is not null && previousFamily != family) calls.Add(Family(previousFamily).LeaveAsync(Id));
        if (previous is not null)
        {
            if (previous.Sector != current?.Sector) calls.Add(SectorIndex(previous.Sector).RemoveAsync(Id));
            calls.AddRange(previous.Topics.Except(current?.Topics ?? [])
                .Select(t => GrainFactory.GetGrain<ITopicGrain>(t).RemoveActivityAsync(Id)));
        }
        await Task.WhenAll(calls);
        if (profile is not null) await OverlapIndex.RaiseAlertsAsync(GrainFactory, profile);
        else await AlertWithdrawal.WithdrawAsync(GrainFactory, Id);
    }

    private IActivityFamilyGrain Family(string family) => GrainFactory.GetGrain<IActivityFamilyGrain>(family);

    private ISectorActivityIndexGrain SectorIndex(Sector sector) =>
        GrainFactory.GetGrain<ISectorActivityIndexGrain>(Partitions.SectorIndexKey(sector, Id));
}
