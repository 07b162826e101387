using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain.Calendars;
using Coordination.Domain.Validation;
using Coordination.Grains.Records;
using Orleans.Concurrency;

namespace Coordination.Grains.Calendars;

/// <summary>
/// The flagship windows as administrators edit them. Checks never come here: every edit is copied to the
/// month grains the window touches (and removed from those it left), which also reload from here when they activate.
/// </summary>
public sealed class FlagshipCatalogGrain(
    [PersistentState(StorageNames.FlagshipCatalog, StorageNames.Provider)] IPersistentState<ListingState<FlagshipWindow>> state)
    : ListingGrain<FlagshipWindow>(state), IFlagshipCatalogGrain
{
    public async Task<CommandResult<FlagshipWindow>> SetAsync(FlagshipWindow window)
    {
        var validated = FlagshipRules.Validate(window.Code, window);
        if (!validated.IsValid) return CommandResult<FlagshipWindow>.Invalid(validated.Errors);
        var previous = Items.GetValueOrDefault(window.Code);
        await SetAsync(window.Code, validated.Value!);
        await RefreshMonthsAsync(previous, validated.Value);
        return previous is null ? CommandResult<FlagshipWindow>.Created(validated.Value!) : CommandResult<FlagshipWindow>.Ok(validated.Value!);
    }

    public async Task<bool> RemoveAsync(string code)
    {
        if (Items.GetValueOrDefault(code) is not { } previous) return false;
        await DeleteAsync(code);
        await RefreshMonthsAsync(previous, null);
        return true;
    }

    public Task<FlagshipWindow[]> ListAsync() => Task.FromResult(Items.Values.OrderBy(w => w.Start).ThenBy(w => w.Code, StringComparer.Ordinal).ToArray());

    private Task RefreshMonthsAsync(FlagshipWindow? previous, FlagshipWindow? current)
    {
        var months = new[] { previous, current }.OfType<FlagshipWindow>().SelectMany(Months).Distinct();
        return Task.WhenAll(months.Select(month => GrainFactory.GetGrain<IFlagshipMonthGrain>(EventProfiles.MonthKey(month))
            .RefreshAsync(Items.Values.Where(w => Months(w).Contains(month)).ToArray())));
    }

    internal static IEnumerable<DateOnly> Months(FlagshipWindow window)
    {
        var profile = EventProfiles.Of(window);
        return EventProfiles.Months(profile.StartUtc, profile.EndUtc);
    }
}

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
