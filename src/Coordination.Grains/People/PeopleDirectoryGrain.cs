using Coordination.Grains.Records;
using Orleans.Concurrency;

namespace Coordination.Grains.People;

/// <summary>Every recorded person by id. Written only when a person is first seen or changes, which is rare.</summary>
[Reentrant]
public sealed class PeopleDirectoryGrain(
    [PersistentState(StorageNames.PeopleDirectory, StorageNames.Provider)] IPersistentState<ListingState<Person>> state)
    : ListingGrain<Person>(state), IPeopleDirectoryGrain
{
    public Task UpsertAsync(Person person) =>
        Items.TryGetValue(person.Id, out var listed) && listed.SameAs(person) && listed.FirstSeenAt == person.FirstSeenAt
            ? Task.CompletedTask
            : SetAsync(person.Id, person);

    public Task<Person[]> ListAsync() => ValuesAsync();
}
