using Orleans.Concurrency;

namespace Coordination.Abstractions.People;

/// <summary>One person, keyed by their id; the sign-ins record them here, and it keeps the people directory up to date.</summary>
[Alias("coordination.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Records the person as a sign-in describes them; stores (and lists) only what changed.</summary>
    [Alias("Record")] Task<Person> RecordAsync(Person seen);

    [Alias("Get"), ReadOnly] Task<Person?> GetAsync();
}
