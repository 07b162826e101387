using Coordination.Grains.Records;

namespace Coordination.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class ActivityGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private Task<ActivitySummary[]> SectorListingAsync(Sector sector) => Listings.ActivitiesAsync(_grains, [sector]);

    [Fact]
    public async Task A_created_activity_is_stored_and_listed_under_its_sector_and_topic()
    {
        var topic = await Drafts.NewTopicAsync(_grains);
        var id = Drafts.UniqueId("act");

        var result = await _grains.GetGrain<IActivityGrain>(id).CreateAsync(Drafts.Activity("BR", topic), "li.wei");

        Assert.Equal(CommandOutcome.Created, result.Outcome);
        var stored = await _grains.GetGrain<IActivityGrain>(id).GetAsync();
        Assert.NotNull(stored);
        Assert.Equal("li.wei", stored.Audit.CreatedBy);
        Assert.Equal(1, stored.Audit.Version);
        Assert.Contains(await SectorListingAsync(Sector.BR), a => a.Id == id);
        Assert.Contains(await _grains.GetGrain<ITopicGrain>(topic).ListActivitiesAsync(), a => a.Id == id);
    }

    [Fact]
    public async Task Moving_an_activity_to_another_sector_and_topic_moves_its_listings()
    {
        var (first, second) = (await Drafts.NewTopicAsync(_grains), await Drafts.NewTopicAsync(_grains));
        var id = Drafts.UniqueId("act");
        var grain = _grains.GetGrain<IActivityGrain>(id);
        await grain.CreateAsync(Drafts.Activity("BR", first), "li.wei");

        var result = await grain.UpdateAsync(Drafts.Activity("TSB", second) with { Title = "Renamed" }, expectedVersion: 1, "admin");

        Assert.Equal(CommandOutcome.Ok, result.Outcome);
        Assert.Equal(2, result.Value!.Audit.Version);
        Assert.DoesNotContain(await SectorListingAsync(Sector.BR), a => a.Id == id);
        Assert.Contains(await SectorListingAsync(Sector.TSB), a => a.Id == id && a.Title == "Renamed");
        Assert.DoesNotContain(await _grains.GetGrain<ITopicGrain>(first).ListActivitiesAsync(), a => a.Id == id);
        Assert.Contains(await _grains.GetGrain<ITopicGrain>(second).ListActivitiesAsync(), a => a.Id == id);
    }

    [Fact]
    public async Task A_deleted_activity_leaves_every_listing_and_its_id_can_be_used_again()
    {
        var topic = await Drafts.NewTopicAsync(_grains);
        var id = Drafts.UniqueId("act");
        var grain = _grains.GetGrain<IActivityGrain>(id);
        await grain.CreateAsync(Drafts.Activity("BDT", topic), "amina");

        var deleted = await grain.DeleteAsync(expectedVersion: 1, "amina");

        Assert.Equal(CommandOutcome.Ok, deleted.Outcome);
        Assert.Null(await grain.GetAsync());
        Assert.DoesNotContain(await SectorListingAsync(Sector.BDT), a => a.Id == id);
        Assert.DoesNotContain(await _grains.GetGrain<ITopicGrain>(topic).ListActivitiesAsync(), a => a.Id == id);
        Assert.Equal(CommandOutcome.Created, (await grain.CreateAsync(Drafts.Activity("BDT", topic), "amina")).Outcome);
    }

    [Fact]
    public async Task A_second_create_with_the_same_id_is_a_conflict_and_changes_nothing()
    {
        var id = Drafts.UniqueId("act");
        var grain = _grains.GetGrain<IActivityGrain>(id);
        await grain.CreateAsync(Drafts.Activity("BR"), "li.wei");

        var second = await grain.CreateAsync(Drafts.Activity("BDT") with { Title = "Other" }, "amina");

        Assert.Equal(CommandOutcome.Conflict, second.Outcome);
        Assert.Equal("Spectrum needs of rural IMT broadband", (await grain.GetAsync())!.Title);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_id_store_exactly_one()
    {
        var id = Drafts.UniqueId("act");

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => _grains.GetGrain<IActivityGrain>(id).CreateAsync(Drafts.Activity("BR") with { Title = $"Version {i}" }, $"user{i}")));

        Assert.Single(results, r => r.Outcome == CommandOutcome.Created);
        Assert.Equal(19, results.Count(r => r.Outcome == CommandOutcome.Conflict));
        Assert.Single(await SectorListingAsync(Sector.BR), a => a.Id == id);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused()
    {
        var id = Drafts.UniqueId("act");
        var grain = _grains.GetGrain<IActivityGrain>(id);
        await grain.CreateAsync(Drafts.Activity("BR"), "li.wei");
        await grain.UpdateAsync(Drafts.Activity("BR") with { Title = "First edit" }, 1, "li.wei");

        var stale = await grain.UpdateAsync(Drafts.Activity("BR") with { Title = "Lost edit" }, 1, "other");

        Assert.Equal(CommandOutcome.Conflict, stale.Outcome);
        Assert.Contains("version 2", stale.Message);
        Assert.Equal("First edit", (await grain.GetAsync())!.Title);
    }

    [Fact]
    public async Task An_invalid_draft_stores_nothing()
    {
        var id = Drafts.UniqueId("act");
        var grain = _grains.GetGrain<IActivityGrain>(id);

        var result = await grain.CreateAsync(Drafts.Activity("BR", "no-such-topic") with { Countries = ["XX"] }, "li.wei");

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("topics", result.Errors!.Keys);
        Assert.Contains("countries", result.Errors.Keys);
        Assert.Null(await grain.GetAsync());
        Assert.DoesNotContain(await SectorListingAsync(Sector.BR), a => a.Id == id);
    }
}
