using Orleans.Concurrency;

namespace Coordination.Abstractions.Calendars;

/// <summary>The flagship windows touching one month, keyed "yyyy-MM": a copy of the catalogue's that checks read, so they do not queue at the catalogue.</summary>
[Alias("coordination.IFlagshipMonthGrain")]
public interface IFlagshipMonthGrain : IGrainWithStringKey
{
    [Alias("Refresh")] Task RefreshAsync(FlagshipWindow[] windows);

    [Alias("Check"), ReadOnly] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    [Alias("List"), ReadOnly] Task<EventProfile[]> ListAsync();
}
