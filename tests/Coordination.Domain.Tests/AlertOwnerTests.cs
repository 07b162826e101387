namespace Coordination.Domain.Tests;

public class AlertOwnerTests
{
    [Theory]
    [InlineData("MCG,CoCo,TF:tf-ai,RD:AFR", "activity-overlap", false, "MCG")]
    [InlineData("MCG,CoCo", "activity-overlap", true, "CoCo")]
    [InlineData("MCG+,RD:AFR,RD:EUR", "event-clash", false, "MCG+")]
    [InlineData("RD:AFR", "event-clash", false, "RD:AFR")]
    [InlineData("", "activity-overlap", false, "MCG")]
    [InlineData("", "event-clash", false, "RD:ASP")]
    public void An_alert_is_owned_by_the_most_senior_dashboard_working_it(string routes, string kind, bool escalated, string owner)
    {
        string[]? routed = routes.Length == 0 ? null : routes.Split(',');

        Assert.Equal(owner, AlertKeys.OwnerOf(routed, kind, escalated, listedOn: "RD:ASP"));
    }
}
