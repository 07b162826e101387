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
        if (!validated.IsValid) return CommandResult<FlagshipWindow>.Invalid(validated.Messages);
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
