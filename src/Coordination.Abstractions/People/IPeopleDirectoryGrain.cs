using Orleans.Concurrency;

namespace Coordination.Abstractions.People;

/// <summary>Every person the platform has recorded (key 0), for the people picker; written only when a person changes.</summary>
[Alias("coordination.IPeopleDirectoryGrain")]
public interface IPeopleDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(Person person);

    [Alias("List"), ReadOnly] Task<Person[]> ListAsync();
}
