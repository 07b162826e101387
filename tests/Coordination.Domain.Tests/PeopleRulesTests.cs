namespace Coordination.Domain.Tests;

public class PeopleRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Person Li => new() { Id = "li.wei", Name = "Li Wei", Roles = ["TaskForceMember"], Sector = Sector.BR, TaskForces = ["tf-imt-5g", "tf-emergency-telecom"] };

    [Fact]
    public void A_first_sign_in_is_recorded_and_the_same_claims_again_record_nothing()
    {
        var first = PeopleRules.Recorded(null, Li, Monday)!;
        // The same claims in another order are the same person.
        var again = PeopleRules.Recorded(first, Li with { TaskForces = ["tf-emergency-telecom", "tf-imt-5g", "tf-imt-5g"] }, Monday.AddHours(1));

        Assert.Equal((Monday, Monday), (first.FirstSeenAt, first.UpdatedAt));
        Assert.Equal(["tf-emergency-telecom", "tf-imt-5g"], first.TaskForces);
        Assert.Null(again);
    }

    [Fact]
    public void A_change_of_role_or_scope_is_recorded_keeping_when_first_seen()
    {
        var first = PeopleRules.Recorded(null, Li, Monday)!;

        var moved = PeopleRules.Recorded(first, Li with { Sector = Sector.BDT }, Monday.AddDays(1))!;

        Assert.Equal((Sector.BDT, Monday, Monday.AddDays(1)), (moved.Sector, moved.FirstSeenAt, moved.UpdatedAt));
    }

    [Theory]
    [InlineData("li", true)]
    [InlineData("WEI", true)]
    [InlineData("li.w", true)]
    [InlineData("i w", true)]
    [InlineData("ei", false)]
    [InlineData("zhang", false)]
    [InlineData("", true)]
    public void The_picker_matches_a_words_start_or_three_characters_anywhere(string query, bool matches)
    {
        Assert.Equal(matches, PeopleRules.Matches(Li, query));
    }

    [Fact]
    public void A_name_without_a_name_claim_is_the_id()
    {
        Assert.Equal("sub-123", PeopleRules.Normalised(new Person { Id = "sub-123", Name = " " }).Name);
    }
}
