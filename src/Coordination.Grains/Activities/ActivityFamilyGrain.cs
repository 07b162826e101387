namespace Coordination.Grains.Activities;

[GenerateSerializer, Alias("coordination.ActivityFamilyState")]
public sealed class ActivityFamilyState
{
    [Id(0)] public Dictionary<string, FamilyMember> Members { get; set; } = new(StringComparer.Ordinal);
}

/// <inheritdoc cref="IActivityFamilyGrain"/>
public sealed class ActivityFamilyGrain(
    [PersistentState(StorageNames.ActivityFamily, StorageNames.Provider)] IPersistentState<ActivityFamilyState> state) : Grain, IActivityFamilyGrain
{
    public async Task JoinAsync(FamilyMember member)
    {
        if (state.State.Members.TryGetValue(member.ActivityId, out var known) && known.Title == member.Title && known.Countries.SequenceEqual(member.Countries))
            return;
        state.State.Members[member.ActivityId] = member;
        await state.WriteStateAsync();
    }

    public async Task LeaveAsync(string activityId)
    {
        if (state.State.Members.Remove(activityId)) await state.WriteStateAsync();
    }

    public Task<bool> SpansCountriesAsync() => Task.FromResult(ActivityFamilies.SpansCountries(state.State.Members.Values));

    public Task<FamilyMember[]> GetMembersAsync() =>
        Task.FromResult(state.State.Members.Values.OrderBy(m => m.ActivityId, StringComparer.Ordinal).ToArray());
}
