// Long because it walks every command of the alert life cycle, each with its limit and its error.
namespace Coordination.Domain.Tests;

public class AlertLifecycleTests
{
    private const string Id = "act-a~act-b";
    private static readonly DateTimeOffset Raised = DateTimeOffset.Parse("2027-01-10T09:00:00Z");
    private static readonly DateTimeOffset Later = Raised.AddDays(3);

    private static OverlapProfile Side(string id, Sector sector, string hash, string[] topics, params Region[] regions) => new()
    {
        ActivityId = id,
        Sector = sector,
        Title = $"Title of {id}",
        Language = "en",
        MaterialHash = hash,
        Topics = topics,
        Regions = regions,
    };

    /// <summary>The other side checked first, so the pair has to be put in order.</summary>
    private static AlertRaise Detection(string hashA = "ha", string hashB = "hb", Severity severity = Severity.Medium) => new(
        Side("act-b", Sector.BR, hashB, ["ai", "spectrum"], Region.AFR, Region.ARB),
        new OverlapMatch("act-a", "Title of act-a", Sector.BDT, 0.7, severity, true,
            new OverlapExplanation(0.7, 0.7, 0.6, 0.5, [], [], [Sector.BDT, Sector.BR], true)),
        Side("act-a", Sector.BDT, hashA, ["ai"], Region.AFR));

    private static Alert Open(DateTimeOffset? at = null) =>
        new AlertLifecycle(Id, null, at ?? Raised).Raise(Fresh(Detection(), at ?? Raised)).Alert!;

    private static Alert Fresh(AlertRaise raise, DateTimeOffset at, Alert? current = null) =>
        new AlertLifecycle(Id, current, at).ActivityOverlap(raise, ["tf-ai"]);

    private static Alert Decided(AlertResolution resolution, string? reason = "Checked with both teams.") =>
        new AlertLifecycle(Id, Open(), Later).Resolve(resolution, reason, "helena.berg").Result.Value!;

    [Fact]
    public void A_first_detection_raises_an_open_alert_in_pair_order_routed_to_the_mcg_the_owning_task_force_and_the_shared_region()
    {
        var decision = new AlertLifecycle(Id, null, Raised).Raise(Fresh(Detection(), Raised));

        Assert.Equal(RaiseOutcome.Raised, decision.Outcome);
        Assert.True(decision.Changed && decision.IsNewRound);
        var alert = decision.Alert!;
        Assert.Equal(["act-a", "act-b"], alert.ItemIds);
        Assert.Equal(new[] { Sector.BR, Sector.BDT }.Order(), alert.Sectors);
        Assert.Equal([AlertKeys.Mcg, "TF:tf-ai", "RD:AFR"], alert.Routes);
        Assert.Equal(["ai", "spectrum"], alert.Topics);
        Assert.Equal("ha~hb", alert.MaterialKey);
        Assert.Equal(AlertStatus.Open, alert.Status);
        var entry = Assert.Single(alert.Trail);
        Assert.Equal(new AlertTrailEntry(Raised, AlertActions.System, AlertActions.Raised, null, "Open"), entry);
    }

    [Fact]
    public void The_only_topics_looked_up_for_task_forces_are_those_both_sides_share()
    {
        Assert.Equal(["ai"], AlertLifecycle.SharedTopics(Detection()));
    }

    [Fact]
    public void A_recheck_of_an_open_alert_updates_it_and_keeps_who_works_on_it_and_its_escalation()
    {
        var open = Open();
        var worked = new AlertLifecycle(Id, open, Raised.AddHours(1)).Assign("omar.haddad", "helena.berg").Result.Value!;
        worked = new AlertLifecycle(Id, worked, Raised.AddHours(2)).Acknowledge("omar.haddad").Result.Value!;
        worked = new AlertLifecycle(Id, worked, Raised.AddHours(3)).Escalate("Open 14 days.").Result.Value!;

        var decision = new AlertLifecycle(Id, worked, Later).Raise(Fresh(Detection(hashA: "ha2"), Later, worked));

        Assert.Equal(RaiseOutcome.Updated, decision.Outcome);
        Assert.False(decision.IsNewRound);
        var alert = decision.Alert!;
        Assert.Equal(Raised, alert.RaisedAt);
        Assert.Equal(Later, alert.UpdatedAt);
        Assert.Equal(2, alert.TimesChecked);
        Assert.Equal("omar.haddad", alert.AssignedTo);
        Assert.Equal("omar.haddad", alert.AcknowledgedBy);
        Assert.Equal(worked.EscalatedAt, alert.EscalatedAt);
        Assert.Contains(AlertKeys.CoCo, alert.Routes);
        Assert.Equal(worked.Trail, alert.Trail);
    }

    [Theory]
    [InlineData(AlertResolution.Merge)]
    [InlineData(AlertResolution.NotDuplicate)]
    public void A_decided_pair_stays_quiet_while_neither_side_changes_materially(AlertResolution resolution)
    {
        var decided = Decided(resolution);
        var lifecycle = new AlertLifecycle(Id, decided, Later.AddDays(1));

        Assert.True(lifecycle.IsSettled(Detection()));
        var decision = lifecycle.Raise(Fresh(Detection(), Later.AddDays(1), decided));
        Assert.Equal(RaiseOutcome.Suppressed, decision.Outcome);
        Assert.False(decision.Changed);
        Assert.Null(decision.Alert);
    }

    [Fact]
    public void A_decided_pair_reopens_when_one_side_changes_materially_and_the_old_decision_stays_in_the_trail_only()
    {
        var decided = Decided(AlertResolution.NotDuplicate);
        var at = Later.AddDays(1);
        var lifecycle = new AlertLifecycle(Id, decided, at);

        Assert.False(lifecycle.IsSettled(Detection(hashB: "hb2")));
        var decision = lifecycle.Raise(Fresh(Detection(hashB: "hb2"), at, decided));

        Assert.Equal(RaiseOutcome.Reopened, decision.Outcome);
        Assert.True(decision.IsNewRound);
        var alert = decision.Alert!;
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.Resolution);
        Assert.Null(alert.ResolvedBy);
        Assert.Equal(Raised, alert.RaisedAt);
        Assert.Equal(2, alert.TimesChecked);
        Assert.Equal(new AlertTrailEntry(at, AlertActions.System, AlertActions.Reopened, "Resolved (NotDuplicate)", "Open",
            "One side changed materially since the decision."), alert.Trail[^1]);
        Assert.Equal(3, alert.Trail.Length);
    }

    [Fact]
    public void A_withdrawn_alert_is_raised_again_when_the_deleted_side_comes_back_unchanged()
    {
        var withdrawn = new AlertLifecycle(Id, Open(), Later).Withdraw("act-b").Result.Value!;
        var lifecycle = new AlertLifecycle(Id, withdrawn, Later.AddDays(1));

        Assert.False(lifecycle.IsSettled(Detection()));
        var decision = lifecycle.Raise(Fresh(Detection(), Later.AddDays(1), withdrawn));

        Assert.Equal(RaiseOutcome.Reopened, decision.Outcome);
        Assert.Equal("The deleted side is back.", decision.Alert!.Trail[^1].Note);
        Assert.Equal("Resolved (Withdrawn)", decision.Alert.Trail[^1].Before);
    }

    [Fact]
    public void Not_a_duplicate_needs_a_reason_and_a_blank_one_is_none()
    {
        var decision = new AlertLifecycle(Id, Open(), Later).Resolve(AlertResolution.NotDuplicate, "   ", "helena.berg");

        Assert.False(decision.Changed);
        Assert.Equal(CommandOutcome.Invalid, decision.Result.Outcome);
        Assert.Equal(["A reason is required to resolve an alert as not a duplicate."], decision.Result.Errors!["reason"]);
    }

    [Fact]
    public void A_decision_resolves_the_alert_records_who_and_why_and_keeps_the_task_force_only_to_coordinate()
    {
        var coordinate = new AlertLifecycle(Id, Open(), Later).Resolve(AlertResolution.Coordinate, "  Same band plan.  ", "helena.berg", "tf-ai");
        var merge = new AlertLifecycle(Id, Open(), Later).Resolve(AlertResolution.Merge, null, "helena.berg", "tf-ai");

        Assert.True(coordinate.Changed);
        var alert = coordinate.Result.Value!;
        Assert.Equal((AlertStatus.Resolved, AlertResolution.Coordinate, "Same band plan.", "helena.berg", Later, "tf-ai"),
            (alert.Status, alert.Resolution, alert.ResolutionReason, alert.ResolvedBy, alert.ResolvedAt, alert.CoordinatingTaskForce));
        Assert.Equal(new AlertTrailEntry(Later, "helena.berg", AlertActions.Resolved, "Open", "Resolved (Coordinate)", "Same band plan."), alert.Trail[^1]);
        Assert.Null(merge.Result.Value!.CoordinatingTaskForce);
        Assert.Null(merge.Result.Value.ResolutionReason);
    }

    [Fact]
    public void A_resolved_alert_refuses_a_second_decision_acknowledgement_and_assignment_naming_the_first()
    {
        var decided = Decided(AlertResolution.Merge);
        var lifecycle = new AlertLifecycle(Id, decided, Later.AddDays(1));
        const string message = "The alert was already resolved as Merge by helena.berg.";

        foreach (var decision in new[]
                 {
                     lifecycle.Resolve(AlertResolution.Coordinate, null, "omar.haddad"),
                     lifecycle.Acknowledge("omar.haddad"),
                     lifecycle.Assign("omar.haddad", "omar.haddad"),
                 })
        {
            Assert.False(decision.Changed);
            Assert.Equal(CommandOutcome.Conflict, decision.Result.Outcome);
            Assert.Equal(message, decision.Result.Message);
        }
    }

    [Fact]
    public void Acknowledging_twice_changes_the_alert_once()
    {
        var first = new AlertLifecycle(Id, Open(), Later).Acknowledge("omar.haddad");
        var second = new AlertLifecycle(Id, first.Result.Value, Later.AddHours(1)).Acknowledge("helena.berg");

        Assert.True(first.Changed);
        Assert.Equal(new AlertTrailEntry(Later, "omar.haddad", AlertActions.Acknowledged, "not acknowledged", "acknowledged by omar.haddad"),
            first.Result.Value!.Trail[^1]);
        Assert.False(second.Changed);
        Assert.Equal(CommandOutcome.Ok, second.Result.Outcome);
        Assert.Same(first.Result.Value, second.Result.Value);
    }

    [Fact]
    public void Assigning_records_the_hand_over_takes_the_alert_back_with_null_and_ignores_the_same_assignee()
    {
        var assigned = new AlertLifecycle(Id, Open(), Later).Assign(" omar.haddad ", "helena.berg");
        var again = new AlertLifecycle(Id, assigned.Result.Value, Later).Assign("omar.haddad", "helena.berg");
        var back = new AlertLifecycle(Id, assigned.Result.Value, Later.AddHours(1)).Assign(null, "helena.berg");
        var tooLong = new AlertLifecycle(Id, Open(), Later).Assign(new string('u', Limits.UserIdLength + 1), "helena.berg");

        Assert.Equal("omar.haddad", assigned.Result.Value!.AssignedTo);
        Assert.Equal(("unassigned", "omar.haddad"), (assigned.Result.Value.Trail[^1].Before, assigned.Result.Value.Trail[^1].After));
        Assert.False(again.Changed);
        Assert.True(back.Changed);
        Assert.Null(back.Result.Value!.AssignedTo);
        Assert.Equal(("omar.haddad", "unassigned"), (back.Result.Value.Trail[^1].Before, back.Result.Value.Trail[^1].After));
        Assert.Equal(CommandOutcome.Invalid, tooLong.Result.Outcome);
        Assert.True(tooLong.Result.Errors!.ContainsKey("assignee"));
    }

    [Fact]
    public void A_resolved_alert_still_takes_comments_up_to_the_limit()
    {
        var decided = Decided(AlertResolution.Merge);
        var commented = new AlertLifecycle(Id, decided, Later.AddDays(1)).Comment("Linked in the work plan.", "omar.haddad");
        var full = decided with
        {
            Trail = Enumerable.Range(0, Limits.CommentsPerAlert)
                .Select(i => new AlertTrailEntry(Later, "omar.haddad", AlertActions.Commented, null, null, $"comment {i}")).ToArray(),
        };
        var refused = new AlertLifecycle(Id, full, Later.AddDays(1)).Comment("One more.", "omar.haddad");

        Assert.True(commented.Changed);
        Assert.Equal(AlertStatus.Resolved, commented.Result.Value!.Status);
        Assert.Equal(new AlertTrailEntry(Later.AddDays(1), "omar.haddad", AlertActions.Commented, null, null, "Linked in the work plan."),
            commented.Result.Value.Trail[^1]);
        Assert.False(refused.Changed);
        Assert.Equal(CommandOutcome.Invalid, refused.Result.Outcome);
        Assert.Contains("200 comments", Assert.Single(refused.Result.Errors!["text"]));
    }

    [Fact]
    public void A_superseded_alert_is_withdrawn_naming_the_alert_that_carries_its_pair_and_a_decided_or_missing_one_is_left()
    {
        var superseded = new AlertLifecycle(Id, Open(), Later).Supersede("clash:evt-a~evt-b");
        var decided = new AlertLifecycle(Id, Decided(AlertResolution.Merge), Later).Supersede("clash:evt-a~evt-b");
        var missing = new AlertLifecycle(Id, null, Later).Supersede("clash:evt-a~evt-b");

        var alert = superseded.Result.Value!;
        Assert.True(superseded.Changed);
        Assert.Equal((AlertStatus.Resolved, AlertResolution.Withdrawn, AlertActions.System), (alert.Status, alert.Resolution, alert.ResolvedBy));
        Assert.Contains("'clash:evt-a~evt-b'", alert.ResolutionReason);
        Assert.Equal(AlertActions.Withdrawn, alert.Trail[^1].Action);
        Assert.False(decided.Changed);
        Assert.Equal(AlertResolution.Merge, decided.Result.Value!.Resolution);
        Assert.False(missing.Changed);
        Assert.Equal(CommandOutcome.NotFound, missing.Result.Outcome);
    }

    [Fact]
    public void Withdrawing_resolves_an_open_alert_by_the_platform_and_leaves_a_decided_one_alone()
    {
        var withdrawn = new AlertLifecycle(Id, Open(), Later).Withdraw("act-b");
        var decided = Decided(AlertResolution.Merge);
        var keptDecision = new AlertLifecycle(Id, decided, Later.AddDays(1)).Withdraw("act-b");

        var alert = withdrawn.Result.Value!;
        Assert.True(withdrawn.Changed);
        Assert.Equal((AlertStatus.Resolved, AlertResolution.Withdrawn, "'act-b' was deleted.", AlertActions.System),
            (alert.Status, alert.Resolution, alert.ResolutionReason, alert.ResolvedBy));
        Assert.Equal(new AlertTrailEntry(Later, AlertActions.System, AlertActions.Withdrawn, "Open", "Resolved (Withdrawn)", "'act-b' was deleted."),
            alert.Trail[^1]);
        Assert.False(keptDecision.Changed);
        Assert.Same(decided, keptDecision.Result.Value);
    }

    [Fact]
    public void Escalating_adds_the_coordination_committee_once_and_never_to_a_decided_alert()
    {
        var open = Open();
        var escalated = new AlertLifecycle(Id, open, Later).Escalate("Open 14 days.");
        var again = new AlertLifecycle(Id, escalated.Result.Value, Later.AddDays(1)).Escalate("Open 15 days.");
        var decided = new AlertLifecycle(Id, Decided(AlertResolution.Merge), Later.AddDays(1)).Escalate("Open 15 days.");

        var alert = escalated.Result.Value!;
        Assert.True(escalated.Changed);
        Assert.Equal(Later, alert.EscalatedAt);
        Assert.Equal([.. open.Routes, AlertKeys.CoCo], alert.Routes);
        Assert.Equal(new AlertTrailEntry(Later, AlertActions.System, AlertActions.Escalated, "MCG, TF:tf-ai, RD:AFR", "MCG, TF:tf-ai, RD:AFR, CoCo", "Open 14 days."),
            alert.Trail[^1]);
        Assert.False(again.Changed);
        Assert.False(decided.Changed);
        Assert.Null(decided.Result.Value!.EscalatedAt);
    }

    [Fact]
    public void A_high_severity_overlap_already_goes_to_the_committee_and_escalating_does_not_add_it_twice()
    {
        var high = new AlertLifecycle(Id, null, Raised).Raise(Fresh(Detection(severity: Severity.High), Raised)).Alert!;
        var escalated = new AlertLifecycle(Id, high, Later).Escalate("Open 14 days.").Result.Value!;

        Assert.Single(high.Routes, AlertKeys.CoCo);
        Assert.Equal(high.Routes, escalated.Routes);
    }

    [Fact]
    public void Every_command_on_a_missing_alert_is_not_found_and_changes_nothing()
    {
        var lifecycle = new AlertLifecycle(Id, null, Later);

        foreach (var decision in new[]
                 {
                     lifecycle.Resolve(AlertResolution.Merge, null, "helena.berg"), lifecycle.Acknowledge("helena.berg"),
                     lifecycle.Assign("omar.haddad", "helena.berg"), lifecycle.Comment("Hello.", "helena.berg"),
                     lifecycle.Withdraw("act-a"), lifecycle.Escalate("Open 14 days."),
                 })
        {
            Assert.False(decision.Changed);
            Assert.Equal(CommandOutcome.NotFound, decision.Result.Outcome);
            Assert.Equal($"There is no alert '{Id}'.", decision.Result.Message);
        }
    }

    [Fact]
    public void A_clash_goes_to_the_mcg_plus_and_each_regions_director_and_is_suppressed_once_decided()
    {
        const string clashId = "clash:ev-1~ev-2";
        var checkedEvent = new EventProfile
        {
            EventId = "ev-2", Title = "Second", StartUtc = Raised, EndUtc = Raised.AddDays(2), Region = Region.EUR,
            Sectors = [Sector.BR], Topics = ["spectrum"], MaterialHash = "h2",
        };
        var other = new EventSummary("ev-1", "First", EventKind.Other, Raised, Raised.AddDays(1), null, null, Region.AFR, [Sector.BDT], ["ai"], EventStatus.Planned);
        var raise = new EventClashRaise(checkedEvent, new EventClash(other, false, [], 0.6, Severity.Medium, true,
            new OverlapExplanation(0.6, 0.6, 0.6, 0.6, [], [], [Sector.BDT, Sector.BR], true), "h1"));

        var raised = new AlertLifecycle(clashId, null, Raised).RaiseClash(raise);
        var decided = new AlertLifecycle(clashId, raised.Alert, Later).Resolve(AlertResolution.NotDuplicate, "Different audiences.", "helena.berg").Result.Value!;
        var again = new AlertLifecycle(clashId, decided, Later.AddDays(1)).RaiseClash(raise);

        var alert = raised.Alert!;
        Assert.Equal(RaiseOutcome.Raised, raised.Outcome);
        Assert.Equal(AlertKeys.EventClash, alert.Kind);
        Assert.Equal(["ev-1", "ev-2"], alert.ItemIds);
        Assert.Equal(["First", "Second"], alert.Titles);
        Assert.Equal([AlertKeys.McgPlus, "RD:AFR", "RD:EUR"], alert.Routes);
        Assert.Equal("h1~h2", alert.MaterialKey);
        Assert.Equal(RaiseOutcome.Suppressed, again.Outcome);
    }

    [Fact]
    public void Routes_an_alert_left_are_remembered_until_told_even_across_changes()
    {
        var before = Open() with { Routes = [AlertKeys.Mcg, "TF:tf-ai", "RD:AFR"] };
        var after = before with { Routes = [AlertKeys.Mcg, "TF:tf-5g"] };

        Assert.Equal(["TF:old", "TF:tf-ai", "RD:AFR"], AlertLifecycle.RoutesLeft(["TF:old"], before, after));
        Assert.Equal(["TF:old"], AlertLifecycle.RoutesLeft(["TF:old", "TF:tf-5g"], null, after));
    }
}
