using Orleans.Concurrency;

namespace Coordination.Abstractions.Calendars;

/// <summary>The flagship events and blackout windows: durable, edited by administrators, copied to the month calendars.</summary>
[Alias("coordination.IFlagshipCatalogGrain")]
public interface IFlagshipCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Set")] Task<CommandResult<FlagshipWindow>> SetAsync(FlagshipWindow window);

    [Alias("Remove")] Task<bool> RemoveAsync(string code);

    [Alias("List"), ReadOnly] Task<FlagshipWindow[]> ListAsync();
}
