using Coordination.Grains.Records;

namespace Coordination.Grains.Calendars;

/// <summary>The events of every region aimed at one audience in one month, kept slim (no text) and indexed by time.</summary>
public sealed class AudienceCalendarGrain(
    [PersistentState(StorageNames.AudienceCalendar, StorageNames.Provider)] IPersistentState<ListingState<EventProfile>> state,
    ClashScorer scorer)
    : ListingGrain<EventProfile>(state), IAudienceCalendarGrain
{
    private readonly IntervalIndex<EventProfile> _calendar = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var profile in Items.Values) _calendar.Set(profile.EventId, profile.StartUtc, profile.EndUtc, profile);
        return Task.CompletedTask;
    }

    public async Task UpsertAsync(EventProfile profile)
    {
        var slim = EventProfiles.Slim(profile);
        await SetAsync(slim.EventId, slim);
        _calendar.Set(slim.EventId, slim.StartUtc, slim.EndUtc, slim);
    }

    public async Task RemoveAsync(string eventId)
    {
        await DeleteAsync(eventId);
        _calendar.Remove(eventId);
    }

    /// <summary>Audience clashes count by calendar week, so the search reaches a week either side.</summary>
    public Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings) =>
        Task.FromResult(_calendar.Overlapping(planned.StartUtc.AddDays(-7), planned.EndUtc.AddDays(7))
            .Select(other => scorer.Score(planned, other, settings, TextRelation.None)).OfType<EventClash>().ToArray());

    public Task<EventProfile[]> ListAsync(DateTimeOffset from, DateTimeOffset to) => Task.FromResult(_calendar.Overlapping(from, to).ToArray());
}
