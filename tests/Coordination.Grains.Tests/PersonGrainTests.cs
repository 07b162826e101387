namespace Coordination.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class PersonGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_person_is_stored_listed_and_rewritten_only_when_something_changed()
    {
        var id = $"person-{Guid.NewGuid():N}";
        var grain = fixture.Grains.GetGrain<IPersonGrain>(id);
        var seen = new Person { Id = id, Name = "Ana Souza", Roles = ["Coordinator"] };

        var first = await grain.RecordAsync(seen);
        var again = await grain.RecordAsync(seen);
        var promoted = await grain.RecordAsync(seen with { Roles = ["Admin", "Coordinator"] });

        Assert.Equal(first.UpdatedAt, again.UpdatedAt);
        Assert.True(first.SameAs(again));
        Assert.Equal(["Admin", "Coordinator"], promoted.Roles);
        Assert.Equal(first.FirstSeenAt, promoted.FirstSeenAt);
        var listed = Assert.Single(await fixture.Grains.GetGrain<IPeopleDirectoryGrain>(0).ListAsync(), p => p.Id == id);
        Assert.Equal(["Admin", "Coordinator"], listed.Roles);
        var stored = (await grain.GetAsync())!;
        Assert.True(stored.SameAs(promoted) && stored.UpdatedAt == promoted.UpdatedAt);
    }

    [Fact]
    public async Task The_grains_key_is_the_persons_id_whatever_the_record_says()
    {
        var id = $"person-{Guid.NewGuid():N}";

        var person = await fixture.Grains.GetGrain<IPersonGrain>(id).RecordAsync(new Person { Id = "someone-else", Name = "X" });

        Assert.Equal(id, person.Id);
    }
}
