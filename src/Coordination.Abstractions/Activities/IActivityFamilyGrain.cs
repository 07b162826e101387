using Orleans.Concurrency;

namespace Coordination.Abstractions.Activities;

/// <summary>
/// The records of one family ("family:SECTOR:title-without-countries"): the country records of one sector that replicate
/// a programme. Each activity joins and leaves its family as it is stored; one grain per programme, never global.
/// </summary>
[Alias("coordination.IActivityFamilyGrain")]
public interface IActivityFamilyGrain : IGrainWithStringKey
{
    /// <summary>Adds the record, or updates it; idempotent.</summary>
    [Alias("Join")] Task JoinAsync(FamilyMember member);

    [Alias("Leave")] Task LeaveAsync(string activityId);

    /// <summary>Whether its records are in two or more countries, which makes it a family rather than duplicates of one record.</summary>
    [Alias("SpansCountries"), ReadOnly] Task<bool> SpansCountriesAsync();

    /// <summary>The members, by activity id.</summary>
    [Alias("Members"), ReadOnly] Task<FamilyMember[]> GetMembersAsync();
}
