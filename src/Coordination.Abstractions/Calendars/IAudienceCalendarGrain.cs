using Orleans.Concurrency;

namespace Coordination.Abstractions.Calendars;

/// <summary>
/// The events aimed at one audience in one month, in every region, keyed "{audience}/{yyyy-MM}": the
/// cross-region audience check asks the few months it touches, not a global calendar.
/// </summary>
[Alias("coordination.IAudienceCalendarGrain")]
public interface IAudienceCalendarGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(EventProfile profile);

    [Alias("Remove")] Task RemoveAsync(string eventId);

    [Alias("Check"), ReadOnly] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    [Alias("List"), ReadOnly] Task<EventProfile[]> ListAsync(DateTimeOffset from, DateTimeOffset to);
}
