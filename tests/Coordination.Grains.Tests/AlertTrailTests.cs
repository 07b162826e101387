namespace Coordination.Grains.Tests;

/// <summary>Every decision and change of hands on an alert is in its audit trail: who, when, what, before and after.</summary>
[Collection(ClusterCollection.Name)]
public class AlertTrailTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private async Task<IAlertGrain> RaiseAsync(AlertRaise raise)
    {
        var grain = _grains.GetGrain<IAlertGrain>(Raises.IdOf(raise));
        Assert.Equal(RaiseOutcome.Raised, await grain.RaiseAsync(raise));
        return grain;
    }

    private static Alert Value(CommandResult<Alert> result)
    {
        Assert.True(result.Outcome == CommandOutcome.Ok, $"{result.Outcome}: {result.Message}");
        return result.Value!;
    }

    [Fact]
    public async Task A_raised_alert_starts_its_trail_with_the_raising()
    {
        var grain = await RaiseAsync(Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.GS)));

        var alert = (await grain.GetAsync())!;

        var entry = Assert.Single(alert.Trail);
        Assert.Equal((AlertActions.System, AlertActions.Raised, null, "Open"), (entry.Actor, entry.Action, entry.Before, entry.After));
        Assert.Equal(alert.RaisedAt, entry.At);
    }

    [Fact]
    public async Task A_withdrawn_alert_is_closed_by_the_platform_and_raised_again_when_the_deleted_side_returns()
    {
        var raise = Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.TSB));
        var grain = await RaiseAsync(raise);

        var withdrawn = Value(await grain.WithdrawAsync(raise.Other.ActivityId));
        var again = Value(await grain.WithdrawAsync(raise.Other.ActivityId));

        Assert.Equal((AlertStatus.Resolved, AlertResolution.Withdrawn, AlertActions.System), (withdrawn.Status, withdrawn.Resolution, withdrawn.ResolvedBy));
        Assert.Equal(withdrawn.Trail.Length, again.Trail.Length);
        Assert.Equal((AlertActions.Withdrawn, "Open", "Resolved (Withdrawn)"), (withdrawn.Trail[^1].Action, withdrawn.Trail[^1].Before, withdrawn.Trail[^1].After));
        // Unlike a decision, a withdrawal does not keep the unchanged pair quiet.
        Assert.Equal(RaiseOutcome.Reopened, await grain.RaiseAsync(raise));
        Assert.Equal(AlertActions.Reopened, (await grain.GetAsync())!.Trail[^1].Action);
    }

    [Fact]
    public async Task Acknowledging_assigning_commenting_and_resolving_are_recorded_with_actor_before_and_after()
    {
        var grain = await RaiseAsync(Raises.Medium(Raises.Side(Sector.TSB), Raises.Side(Sector.BDT)));

        Value(await grain.AcknowledgeAsync("helena.berg"));
        Value(await grain.AcknowledgeAsync("kwame.mensah")); // already acknowledged: nothing to record
        Value(await grain.AssignAsync("li.wei", "helena.berg"));
        Value(await grain.AssignAsync(" li.wei ", "helena.berg")); // the same hands: nothing to record
        Value(await grain.CommentAsync("  Both teams meet on Friday.  ", "kwame.mensah"));
        var resolved = Value(await grain.ResolveAsync(AlertResolution.Merge, "One study, led by BDT.", "helena.berg"));

        Assert.Equal(
            [
                (AlertActions.System, AlertActions.Raised, null, "Open", null),
                ("helena.berg", AlertActions.Acknowledged, "not acknowledged", "acknowledged by helena.berg", null),
                ("helena.berg", AlertActions.Assigned, "unassigned", "li.wei", null),
                ("kwame.mensah", AlertActions.Commented, null, null, "Both teams meet on Friday."),
                ("helena.berg", AlertActions.Resolved, "Open", "Resolved (Merge)", "One study, led by BDT."),
            ],
            resolved.Trail.Select(e => (e.Actor, e.Action, e.Before, e.After, e.Note)));
        Assert.True(resolved.Trail.Zip(resolved.Trail.Skip(1)).All(p => p.First.At <= p.Second.At), "the trail is in order");
        Assert.Equal(resolved.ResolvedAt, resolved.Trail[^1].At);
        var summary = AlertSummary.Of(resolved);
        Assert.True(summary.Acknowledged);
        Assert.Equal("li.wei", summary.AssignedTo);
        Assert.NotNull(summary.ResolvedAt);
    }

    [Fact]
    public async Task A_resolved_alert_cannot_be_acknowledged_or_handed_over_and_an_empty_comment_is_refused()
    {
        var grain = await RaiseAsync(Raises.Medium(Raises.Side(Sector.BR), Raises.Side(Sector.TSB)));

        var empty = await grain.CommentAsync("   ", "helena.berg");
        var tooLong = await grain.CommentAsync(new string('x', 2001), "helena.berg");
        Value(await grain.ResolveAsync(AlertResolution.NotDuplicate, "Different audiences.", "helena.berg"));
        var acknowledged = await grain.AcknowledgeAsync("kwame.mensah");
        var assigned = await grain.AssignAsync("li.wei", "kwame.mensah");
        var resolvedAgain = await grain.ResolveAsync(AlertResolution.Merge, null, "kwame.mensah");

        Assert.Equal(CommandOutcome.Invalid, empty.Outcome);
        Assert.Contains("text", empty.Errors!.Keys);
        Assert.Equal(CommandOutcome.Invalid, tooLong.Outcome);
        Assert.Equal(CommandOutcome.Conflict, acknowledged.Outcome);
        Assert.Contains("helena.berg", acknowledged.Message);
        Assert.Equal(CommandOutcome.Conflict, assigned.Outcome);
        Assert.Equal(CommandOutcome.Conflict, resolvedAgain.Outcome);
        var alert = (await grain.GetAsync())!;
        Assert.Equal([AlertActions.Raised, AlertActions.Resolved], alert.Trail.Select(e => e.Action));
        Assert.Null(alert.AcknowledgedBy);
        Assert.Equal(AlertResolution.NotDuplicate, alert.Resolution);
    }

    [Fact]
    public async Task A_material_change_after_the_decision_reopens_the_alert_and_says_so_in_the_trail()
    {
        var (a, b) = (Raises.Side(Sector.GS), Raises.Side(Sector.BDT));
        var grain = await RaiseAsync(Raises.Medium(a, b));
        Value(await grain.AssignAsync("sara.haddad", "helena.berg"));
        Value(await grain.ResolveAsync(AlertResolution.NotDuplicate, "Different audiences.", "helena.berg"));

        Assert.Equal(RaiseOutcome.Suppressed, await grain.RaiseAsync(Raises.Medium(b, a)));
        Assert.Equal(RaiseOutcome.Reopened, await grain.RaiseAsync(Raises.Medium(a, b with { MaterialHash = "v2" })));

        var alert = (await grain.GetAsync())!;
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.Resolution);
        Assert.Null(alert.AssignedTo);
        Assert.Equal([AlertActions.Raised, AlertActions.Assigned, AlertActions.Resolved, AlertActions.Reopened], alert.Trail.Select(e => e.Action));
        var reopened = alert.Trail[^1];
        Assert.Equal((AlertActions.System, "Resolved (NotDuplicate)", "Open"), (reopened.Actor, reopened.Before, reopened.After));
        Assert.Contains("changed materially", reopened.Note);
    }

    [Fact]
    public async Task Actions_on_an_alert_that_was_never_raised_are_not_found()
    {
        var grain = _grains.GetGrain<IAlertGrain>(Drafts.UniqueId("act") + "~" + Drafts.UniqueId("act"));

        Assert.Equal(CommandOutcome.NotFound, (await grain.AcknowledgeAsync("helena.berg")).Outcome);
        Assert.Equal(CommandOutcome.NotFound, (await grain.CommentAsync("Hello", "helena.berg")).Outcome);
        Assert.Equal(CommandOutcome.NotFound, (await grain.EscalateAsync("Overdue")).Outcome);
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task An_alert_takes_200_comments_refuses_the_201st_and_a_reason_longer_than_a_comment()
    {
        var grain = await RaiseAsync(Raises.Medium(Raises.Side(Sector.GS), Raises.Side(Sector.BDT)));
        for (var i = 1; i <= Limits.CommentsPerAlert; i++) Value(await grain.CommentAsync($"Comment {i}", "helena.berg"));

        var extra = await grain.CommentAsync("One too many", "helena.berg");
        var longReason = await grain.ResolveAsync(AlertResolution.NotDuplicate, new string('r', Limits.CommentLength + 1), "helena.berg");

        Assert.Equal(CommandOutcome.Invalid, extra.Outcome);
        Assert.Contains("200 comments", extra.Errors!["text"][0]);
        Assert.Equal(CommandOutcome.Invalid, longReason.Outcome);
        Assert.Contains("reason", longReason.Errors!.Keys);
        var stored = (await grain.GetAsync())!;
        Assert.Equal(Limits.CommentsPerAlert, stored.Trail.Count(e => e.Action == AlertActions.Commented));
        Assert.Equal(AlertStatus.Open, stored.Status);
    }
}
