using Coordination.Grains.Records;
using Orleans.Concurrency;

namespace Coordination.Grains.Calendars;

/// <summary>
/// The flagship windows touching one month, in memory: refreshed by the catalogue on every edit, or loaded from
/// it on first use. Reentrant and loaded lazily so that an edit pushing a refresh while a check loads does not deadlock.
/// </summary>
[Reentrant]
public sealed class FlagshipMonthGrain(ClashScorer scorer) : Grain, IFlagshipMonthGrain
{
    private EventProfile[]? _windows;

    public Task RefreshAsync(FlagshipWindow[] windows)
    {
        _windows = windows.Select(EventProfiles.Of).ToArray();
        return Task.CompletedTask;
    }

    public async Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings) =>
        (await WindowsAsync()).Select(w => scorer.Score(planned, w, settings, TextRelation.None)).OfType<EventClash>().ToArray();

    public Task<EventProfile[]> ListAsync() => WindowsAsync();

    private async Task<EventProfile[]> WindowsAsync()
    {
        if (_windows is { } loaded) return loaded;
        var month = DateOnly.ParseExact(this.GetPrimaryKeyString() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var all = await GrainFactory.GetGrain<IFlagshipCatalogGrain>(0).ListAsync();
        return _windows ??= all.Where(w => FlagshipCatalogGrain.Months(w).Contains(month)).Select(EventProfiles.Of).ToArray();
    }
}
