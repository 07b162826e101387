namespace Coordination.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class EventAndTopicGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static readonly DateTimeOffset Year2027 = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_event_is_on_its_regions_calendar_and_moves_when_its_country_changes()
    {
        var topic = await Drafts.NewTopicAsync(_grains);
        var id = Drafts.UniqueId("evt");
        var grain = _grains.GetGrain<IEventGrain>(id);

        Assert.Equal(CommandOutcome.Created, (await grain.CreateAsync(Drafts.Event("KE", topic), "director.afr")).Outcome);
        Assert.Contains(await _grains.GetGrain<IRegionalOfficeGrain>("AFR").ListEventsAsync(Year2027, Year2027.AddYears(1)), e => e.Id == id);
        Assert.Contains(await _grains.GetGrain<ITopicGrain>(topic).ListEventsAsync(), e => e.Id == id);

        Assert.Equal(CommandOutcome.Ok, (await grain.UpdateAsync(Drafts.Event("FR", topic), 1, "admin")).Outcome);

        Assert.DoesNotContain(await _grains.GetGrain<IRegionalOfficeGrain>("AFR").ListEventsAsync(Year2027, Year2027.AddYears(1)), e => e.Id == id);
        Assert.Contains(await _grains.GetGrain<IRegionalOfficeGrain>("EUR").ListEventsAsync(Year2027, Year2027.AddYears(1)), e => e.Id == id);
    }

    [Fact]
    public async Task A_calendar_lists_only_events_overlapping_the_window()
    {
        var id = Drafts.UniqueId("evt");
        await _grains.GetGrain<IEventGrain>(id).CreateAsync(Drafts.Event("AM"), "director.cis"); // 4-6 May 2027, Armenia (CIS)
        var office = _grains.GetGrain<IRegionalOfficeGrain>("CIS");

        Assert.Contains(await office.ListEventsAsync(new(2027, 5, 6, 0, 0, 0, TimeSpan.Zero), new(2027, 5, 7, 0, 0, 0, TimeSpan.Zero)), e => e.Id == id);
        Assert.DoesNotContain(await office.ListEventsAsync(new(2027, 5, 7, 0, 0, 0, TimeSpan.Zero), new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero)), e => e.Id == id);
        Assert.DoesNotContain(await office.ListEventsAsync(new(2027, 4, 1, 0, 0, 0, TimeSpan.Zero), new(2027, 5, 4, 9, 0, 0, TimeSpan.Zero)), e => e.Id == id);
    }

    [Fact]
    public async Task A_topic_knows_the_task_forces_that_own_it()
    {
        var (ai, iot) = (await Drafts.NewTopicAsync(_grains), await Drafts.NewTopicAsync(_grains));
        var id = Drafts.UniqueId("tf");
        var grain = _grains.GetGrain<ITaskForceGrain>(id);
        var draft = new TaskForceDraft
        {
            Name = "AI task force",
            LeadSector = "TSB",
            Members = [new("pierre.martin", "Pierre Martin", "TSB"), new("amina.diallo", "Amina Diallo", "BDT")],
            Topics = [ai, iot],
        };

        Assert.Equal(CommandOutcome.Created, (await grain.CreateAsync(draft, "helena.berg")).Outcome);
        Assert.Contains(id, (await _grains.GetGrain<ITopicGrain>(ai).GetAsync())!.TaskForces);

        Assert.Equal(CommandOutcome.Ok, (await grain.UpdateAsync(draft with { Topics = [iot] }, 1, "helena.berg")).Outcome);

        Assert.DoesNotContain(id, (await _grains.GetGrain<ITopicGrain>(ai).GetAsync())!.TaskForces);
        Assert.Contains(id, (await _grains.GetGrain<ITopicGrain>(iot).GetAsync())!.TaskForces);
        Assert.Equal("AI task force", (await _grains.GetGrain<ITaskForceCatalogGrain>(0).ListAsync())[id]);
    }

    [Fact]
    public async Task A_task_force_listing_a_member_twice_is_refused()
    {
        var result = await _grains.GetGrain<ITaskForceGrain>(Drafts.UniqueId("tf")).CreateAsync(new TaskForceDraft
        {
            Name = "Twice",
            LeadSector = "BR",
            Members = [new("li.wei", "Li Wei", "BR"), new("li.wei", "Li Wei", "BR")],
        }, "helena.berg");

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("members", result.Errors!.Keys);
    }

    [Fact]
    public async Task A_thematic_priority_is_known_to_validation_as_soon_as_it_is_set()
    {
        var code = Drafts.UniqueId("prio");
        var draft = Drafts.Activity("GS") with { ThematicPriority = code };
        Assert.Equal(CommandOutcome.Invalid, (await _grains.GetGrain<IActivityGrain>(Drafts.UniqueId("act")).CreateAsync(draft, "sara")).Outcome);

        await _grains.GetGrain<IThematicPriorityGrain>(code).SetAsync(new ThematicPriority(code, "New priority", ""));

        Assert.Equal(CommandOutcome.Created, (await _grains.GetGrain<IActivityGrain>(Drafts.UniqueId("act")).CreateAsync(draft, "sara")).Outcome);
        Assert.Contains(await _grains.GetGrain<IThematicPriorityCatalogGrain>(0).ListAsync(), p => p.Code == code);
    }
}
