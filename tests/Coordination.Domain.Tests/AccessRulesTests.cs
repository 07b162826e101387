using Coordination.Abstractions.Model;
using Coordination.Domain.Access;

namespace Coordination.Domain.Tests;

public class AccessRulesTests
{
    private static Caller Member(Sector sector, params string[] taskForces) =>
        new("m", new HashSet<string> { Roles.TaskForceMember }, sector, null, taskForces.ToHashSet());

    private static Caller Director(Region region) => new("d", new HashSet<string> { Roles.RegionalDirector }, null, region, new HashSet<string>());

    private static Caller Coordinator() => new("c", new HashSet<string> { Roles.Coordinator }, null, null, new HashSet<string>());

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
}
