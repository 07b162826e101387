namespace Coordination.Grains.People;

[GenerateSerializer, Alias("coordination.PersonState")]
public sealed class PersonState
{
    [Id(0)] public Person? Person { get; set; }
}

/// <summary>
/// One person as their sign-ins describe them. A sign-in that changes nothing writes nothing; the directory is told
/// of a change, and once per activation besides, so that a directory write a crash cut short is made good.
/// </summary>
public sealed class PersonGrain(
    [PersistentState(StorageNames.Person, StorageNames.Provider)] IPersistentState<PersonState> state,
    TimeProvider clock) : Grain, IPersonGrain
{
    /// <summary>The directory holds the person as stored now.</summary>
    private bool _listed;

    public Task<Person?> GetAsync() => Task.FromResult(state.State.Person);

    public async Task<Person> RecordAsync(Person seen)
    {
        var key = this.GetPrimaryKeyString();
        if (PeopleRules.Recorded(state.State.Person, seen with { Id = key }, clock.GetUtcNow()) is { } changed)
        {
            state.State.Person = changed;
            await state.WriteStateAsync();
            _listed = false;
        }
        var person = state.State.Person!;
        if (!_listed)
        {
            await GrainFactory.GetGrain<IPeopleDirectoryGrain>(0).UpsertAsync(person);
            _listed = true;
        }
        return person;
    }
}
