namespace Coordination.Domain.Tests;

public class AccessRulesTests
{
    private static Caller Member(Sector sector, params string[] taskForces) =>
        new("m", new HashSet<string> { Roles.TaskForceMember }, sector, null, taskForces.ToHashSet());

    private static Caller Director(Region region) => new("d", new HashSet<string> { Roles.RegionalDirector }, null, region, new HashSet<string>());

    private static Caller Coordinator() => new("c", new HashSet<string> { Roles.Coordinator }, null, null, new HashSet<string>());

    private static Caller Admin() => new("a", new HashSet<string> { Roles.Admin }, null, null, new HashSet<string>());

    [Fact]
    public void A_member_edits_only_their_sectors_activities()
    {
        Assert.True(AccessRules.CanEditActivity(Member(Sector.BDT), Sector.BDT));
        Assert.False(AccessRules.CanEditActivity(Member(Sector.BDT), Sector.BR));
        Assert.False(AccessRules.CanEditActivity(Coordinator(), Sector.BR));
    }

    [Fact]
    public void A_director_edits_only_their_regions_events()
    {
        Assert.True(AccessRules.CanEditEvent(Director(Region.AFR), Region.AFR, [Sector.BDT]));
        Assert.False(AccessRules.CanEditEvent(Director(Region.AFR), Region.EUR, [Sector.BDT]));
    }

    [Fact]
    public void Alerts_are_resolved_by_coordinators_and_by_the_director_of_a_single_sector_regional_one()
    {
        Assert.True(AccessRules.CanResolveAlert(Coordinator(), [Region.AFR, Region.EUR], [Sector.BDT, Sector.TSB]));
        Assert.True(AccessRules.CanResolveAlert(Director(Region.AFR), [Region.AFR], [Sector.BDT]));
        Assert.False(AccessRules.CanResolveAlert(Director(Region.AFR), [Region.EUR], [Sector.BDT]));
        Assert.False(AccessRules.CanResolveAlert(Director(Region.AFR), [Region.AFR, Region.EUR], [Sector.BDT]));
        Assert.False(AccessRules.CanResolveAlert(Director(Region.AFR), [Region.AFR], [Sector.BDT, Sector.TSB]));
        Assert.False(AccessRules.CanResolveAlert(Director(Region.AFR), [], [Sector.BDT]));
        Assert.False(AccessRules.CanResolveAlert(Member(Sector.BDT), [Region.AFR], [Sector.BDT]));
    }

    [Fact]
    public void Members_edit_events_their_sector_organises()
    {
        Assert.True(AccessRules.CanEditEvent(Member(Sector.TSB), Region.EUR, [Sector.BDT, Sector.TSB]));
        Assert.False(AccessRules.CanEditEvent(Member(Sector.BR), Region.EUR, [Sector.BDT]));
    }

    [Fact]
    public void Topics_are_edited_by_coordinators_and_owning_task_forces()
    {
        Assert.True(AccessRules.CanEditTopic(Coordinator(), []));
        Assert.True(AccessRules.CanEditTopic(Member(Sector.BR, "tf-ai"), ["tf-ai"]));
        Assert.False(AccessRules.CanEditTopic(Member(Sector.BR, "tf-iot"), ["tf-ai"]));
        Assert.False(AccessRules.CanCreateTaskForce(Member(Sector.BR)));
        Assert.True(AccessRules.CanEditTaskForce(Member(Sector.BR, "tf-ai"), "tf-ai"));
    }

    [Fact]
    public void Only_coordinators_and_administrators_change_what_a_task_force_is_made_of()
    {
        Assert.True(AccessRules.CanChangeTaskForceComposition(Coordinator()));
        Assert.True(AccessRules.CanChangeTaskForceComposition(Admin()));
        Assert.False(AccessRules.CanChangeTaskForceComposition(Member(Sector.BR, "tf-ai")));
        Assert.False(AccessRules.CanChangeTaskForceComposition(Director(Region.AFR)));
    }

    [Fact]
    public void A_task_forces_composition_is_its_topics_members_and_lead_sector_as_validation_reads_them()
    {
        var current = new TaskForce
        {
            Id = "tf-ai", Name = "AI", LeadSector = Sector.BDT, Topics = ["ai", "iot"],
            Members = [new("amina.diallo", "Amina Diallo", "BDT")], Audit = Audit.New("c", DateTimeOffset.UnixEpoch),
        };
        var same = new TaskForceDraft
        {
            Name = "AI, renamed", Mandate = "New wording", LeadSector = " bdt ", Topics = ["IOT ", "ai"],
            Members = [new(" amina.diallo", "Amina Diallo ", "bdt")],
        };

        Assert.False(TaskForceComposition.ChangedBy(current, same));
        Assert.True(TaskForceComposition.ChangedBy(current, same with { Topics = ["ai", "iot", "smart-cities"] }));
        Assert.True(TaskForceComposition.ChangedBy(current, same with { Topics = null }));
        Assert.True(TaskForceComposition.ChangedBy(current, same with { Members = [] }));
        Assert.True(TaskForceComposition.ChangedBy(current, same with { Members = [new("amina.diallo", "Amina Diallo", "TSB")] }));
        Assert.True(TaskForceComposition.ChangedBy(current, same with { LeadSector = "TSB" }));
        Assert.True(TaskForceComposition.ChangedBy(current, same with { LeadSector = null }));
    }

    [Fact]
    public void Activities_are_linked_by_coordinators_and_by_members_of_either_sector()
    {
        Assert.True(AccessRules.CanLinkActivities(Coordinator(), Sector.BR, Sector.TSB));
        Assert.True(AccessRules.CanLinkActivities(Admin(), Sector.BR, Sector.TSB));
        Assert.True(AccessRules.CanLinkActivities(Member(Sector.BDT), Sector.BDT, Sector.TSB));
        Assert.True(AccessRules.CanLinkActivities(Member(Sector.TSB), Sector.BDT, Sector.TSB));
        Assert.False(AccessRules.CanLinkActivities(Member(Sector.BDT), Sector.BR, Sector.TSB));
        Assert.False(AccessRules.CanLinkActivities(Director(Region.AFR), Sector.BDT, Sector.BDT));
    }

    [Fact]
    public void A_link_to_a_deleted_activity_is_removed_by_a_member_of_the_remaining_sector_only()
    {
        Assert.True(AccessRules.CanLinkActivities(Member(Sector.BDT), Sector.BDT, null));
        Assert.False(AccessRules.CanLinkActivities(Member(Sector.BDT), null, Sector.BR));
        Assert.True(AccessRules.CanLinkActivities(Coordinator(), null, null));
    }

    [Fact]
    public void A_member_without_a_sector_links_nothing()
    {
        var withoutSector = new Caller("m", new HashSet<string> { Roles.TaskForceMember }, null, null, new HashSet<string>());

        Assert.False(AccessRules.CanLinkActivities(withoutSector, Sector.BDT, Sector.TSB));
        Assert.False(AccessRules.CanLinkActivities(withoutSector, null, null));
    }

    [Fact]
    public void Task_force_members_and_administrators_register_activities_coordinators_and_directors_do_not()
    {
        Assert.True(AccessRules.CanRegisterActivity(Member(Sector.BDT)));
        Assert.True(AccessRules.CanRegisterActivity(Admin()));
        Assert.False(AccessRules.CanRegisterActivity(Coordinator()));
        Assert.False(AccessRules.CanRegisterActivity(Director(Region.AFR)));
    }
}
