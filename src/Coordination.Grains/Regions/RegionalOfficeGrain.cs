using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;

namespace Coordination.Grains.Regions;

[GenerateSerializer, Alias("coordination.RegionalOfficeState")]
public sealed class RegionalOfficeState
{
    [Id(0)] public RegionalDirector? Director { get; set; }
    [Id(1)] public Dictionary<string, EventSummary> Events { get; set; } = [];
}

/// <summary>One regional office: its director and its region's calendar of planned events.</summary>
public sealed class RegionalOfficeGrain(
    [PersistentState(StorageNames.RegionalOffice, StorageNames.Provider)] IPersistentState<RegionalOfficeState> state)
    : Grain, IRegionalOfficeGrain
{
    private Region Region => Enum.Parse<Region>(this.GetPrimaryKeyString());

    public Task<RegionalOffice> GetAsync() => Task.FromResult(Snapshot());

    public async Task<RegionalOffice> SetDirectorAsync(RegionalDirector? director)
    {
        state.State.Director = director;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public async Task UpsertEventAsync(EventSummary summary)
    {
        state.State.Events[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public async Task RemoveEventAsync(string eventId)
    {
        if (state.State.Events.Remove(eventId)) await state.WriteStateAsync();
    }

    public Task<EventSummary[]> ListEventsAsync(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult(state.State.Events.Values
            .Where(e => e.StartUtc < to && e.EndUtc > from)
            .OrderBy(e => e.StartUtc).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray());

    private RegionalOffice Snapshot() => new(Region, state.State.Director, state.State.Events.Count);
}
