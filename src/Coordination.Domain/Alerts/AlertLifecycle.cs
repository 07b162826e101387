// Long because every command on an alert is decided here, against the one stored alert, so that the rules read together.
namespace Coordination.Domain.Alerts;

/// <summary>
/// What a command on an alert decided: the answer to give, and whether the alert changed. A changed alert
/// (the answer's value) is to be stored, then told to its inboxes and the live feed.
/// </summary>
public sealed record AlertDecision(CommandResult<Alert> Result, bool Changed)
{
    public static AlertDecision Unchanged(CommandResult<Alert> result) => new(result, false);
}

/// <summary>What a detection did to the pair's alert; <see cref="Alert"/> is what to store, null when suppressed.</summary>
public sealed record RaiseDecision(RaiseOutcome Outcome, Alert? Alert)
{
    public bool Changed => Outcome != RaiseOutcome.Suppressed;

    /// <summary>A new round of the alert: counted as raised.</summary>
    public bool IsNewRound => Outcome is RaiseOutcome.Raised or RaiseOutcome.Reopened;
}

/// <summary>
/// The life of one alert, <paramref name="id"/>, as it stands (<paramref name="current"/>, null before it is
/// first raised) at <paramref name="now"/>: raised, re-checked, reopened or kept quiet; acknowledged, assigned,
/// commented on, escalated; resolved by a person or withdrawn when a side is deleted. Pure: the grain stores
/// what this decides and tells the inboxes.
/// </summary>
public sealed class AlertLifecycle(string id, Alert? current, DateTimeOffset now)
{
    /// <summary>
    /// A pair resolved while both sides were as they are now stays quiet; one withdrawn because a side was deleted
    /// is raised again if that side comes back.
    /// </summary>
    private bool IsSettled(string materialKey) =>
        current is { Status: AlertStatus.Resolved } existing && existing.Resolution != AlertResolution.Withdrawn && existing.MaterialKey == materialKey;

    /// <summary>The detection would be suppressed: the grain need not look up what building the alert takes.</summary>
    public bool IsSettled(AlertRaise raise) => IsSettled(MaterialKeyOf(raise));

    /// <summary>The alert as <paramref name="fresh"/>ly detected, merged with what the last rounds left.</summary>
    public RaiseDecision Raise(Alert fresh)
    {
        if (IsSettled(fresh.MaterialKey)) return new(RaiseOutcome.Suppressed, null);
        var existing = current;
        var outcome = existing switch
        {
            null => RaiseOutcome.Raised,
            { Status: AlertStatus.Resolved } => RaiseOutcome.Reopened,
            _ => RaiseOutcome.Updated,
        };
        var alert = outcome switch
        {
            RaiseOutcome.Raised => fresh with { Trail = [Entry(fresh.RaisedAt, AlertActions.System, AlertActions.Raised, null, nameof(AlertStatus.Open))] },
            // A reopened alert starts a new round: the decision and hand-over of the last one stay in the trail only.
            RaiseOutcome.Reopened => fresh with
            {
                RaisedAt = existing!.RaisedAt,
                TimesChecked = existing.TimesChecked + 1,
                Trail = [.. existing.Trail, Entry(fresh.UpdatedAt, AlertActions.System, AlertActions.Reopened, Describe(existing), nameof(AlertStatus.Open),
                    existing.Resolution == AlertResolution.Withdrawn ? "The deleted side is back." : "One side changed materially since the decision.")],
            },
            // Kept across re-checks: the people working on it and an escalation already made.
            _ => fresh with
            {
                RaisedAt = existing!.RaisedAt,
                TimesChecked = existing.TimesChecked + 1,
                Trail = existing.Trail,
                AssignedTo = existing.AssignedTo,
                AcknowledgedBy = existing.AcknowledgedBy,
                EscalatedAt = existing.EscalatedAt,
                Routes = existing.EscalatedAt is null ? fresh.Routes : WithCoCo(fresh.Routes),
            },
        };
        return new(outcome, alert);
    }

    /// <summary>The topics both activities share: the task forces owning them see the alert (<see cref="ActivityOverlap"/>).</summary>
    public static string[] SharedTopics(AlertRaise raise)
    {
        var (a, b) = InPairOrder(raise);
        return a.Topics.Intersect(b.Topics).ToArray();
    }

    /// <summary>The alert a detected activity overlap stands for, before it meets the stored one (<see cref="Raise"/>).</summary>
    public Alert ActivityOverlap(AlertRaise raise, IEnumerable<string> owningTaskForces)
    {
        var (a, b) = InPairOrder(raise);
        var sectors = new[] { a.Sector, b.Sector }.Distinct().Order().ToArray();
        var sharedRegions = a.Regions.Intersect(b.Regions).ToArray();
        return new Alert
        {
            Id = id,
            ItemIds = [a.ActivityId, b.ActivityId],
            Family = AlertKeys.FamilyOf(id),
            Titles = [a.Title, b.Title],
            Sectors = sectors,
            Regions = a.Regions.Union(b.Regions).Order().ToArray(),
            Severity = raise.Match.Severity,
            Score = raise.Match.Score,
            Explanation = raise.Match.Explanation,
            Routes = AlertKeys.Routes(sectors, raise.Match.Severity, owningTaskForces, sharedRegions),
            Topics = a.Topics.Union(b.Topics).Order(StringComparer.Ordinal).ToArray(),
            Status = AlertStatus.Open,
            RaisedAt = now,
            UpdatedAt = now,
            MaterialKey = MaterialKeyOf(raise),
        };
    }

    private string MaterialKeyOf(AlertRaise raise) => AlertKeys.MaterialKey(id, raise.Checked, raise.Other);

    /// <summary>A clash between a checked event and another event or a flagship window, met with the stored alert.</summary>
    public RaiseDecision RaiseClash(EventClashRaise raise)
    {
        var (checkedEvent, clash) = (raise.Checked, raise.Clash);
        var materialKey = AlertKeys.MaterialKey(checkedEvent.EventId, checkedEvent.MaterialHash, clash.Other.Id, clash.OtherMaterialHash);
        var sides = new[] { (Id: checkedEvent.EventId, checkedEvent.Title), (clash.Other.Id, clash.Other.Title) }
            .OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var sectors = clash.Explanation.Sectors;
        var regions = new[] { checkedEvent.Region, clash.Other.Region }.Distinct().Order().ToArray();
        return Raise(new Alert
        {
            Id = id,
            Kind = AlertKeys.EventClash,
            ItemIds = sides.Select(s => s.Id).ToArray(),
            Titles = sides.Select(s => s.Title).ToArray(),
            Sectors = sectors,
            Regions = regions,
            Severity = clash.Severity,
            Score = clash.Score,
            Explanation = clash.Explanation,
            Routes = AlertKeys.ClashRoutes(sectors, regions),
            Topics = checkedEvent.Topics.Union(clash.Other.Topics).Order(StringComparer.Ordinal).ToArray(),
            Status = AlertStatus.Open,
            RaisedAt = now,
            UpdatedAt = now,
            MaterialKey = materialKey,
        });
    }

    public AlertDecision Resolve(AlertResolution resolution, string? reason, string actor, string? taskForce = null)
    {
        if (current is not { } alert) return Missing();
        var errors = new ValidationErrors();
        var text = AlertRules.Reason(errors, reason);
        if (resolution == AlertResolution.NotDuplicate && text is null && errors.IsEmpty)
            errors.Add("reason", $"A reason is required to resolve an alert as not a duplicate.");
        if (!errors.IsEmpty) return Invalid(errors);
        if (alert.Status == AlertStatus.Resolved) return AlreadyResolved(alert);
        return ResolveAs(alert, resolution, text, actor, AlertActions.Resolved, resolution == AlertResolution.Coordinate ? taskForce : null);
    }

    public AlertDecision Acknowledge(string actor)
    {
        if (current is not { } alert) return Missing();
        if (alert.Status == AlertStatus.Resolved) return AlreadyResolved(alert);
        if (alert.AcknowledgedBy is not null) return Kept(alert);
        return Change(alert with { AcknowledgedBy = actor, UpdatedAt = now },
            Entry(now, actor, AlertActions.Acknowledged, "not acknowledged", $"acknowledged by {actor}"));
    }

    /// <summary>Hands the alert to <paramref name="assignee"/>, or takes it back when null.</summary>
    public AlertDecision Assign(string? assignee, string actor)
    {
        if (current is not { } alert) return Missing();
        if (alert.Status == AlertStatus.Resolved) return AlreadyResolved(alert);
        var errors = new ValidationErrors();
        assignee = AlertRules.Assignee(errors, assignee);
        if (!errors.IsEmpty) return Invalid(errors);
        if (assignee == alert.AssignedTo) return Kept(alert);
        return Change(alert with { AssignedTo = assignee, UpdatedAt = now },
            Entry(now, actor, AlertActions.Assigned, alert.AssignedTo ?? "unassigned", assignee ?? "unassigned"));
    }

    /// <summary>A comment, on an open or a resolved alert alike.</summary>
    public AlertDecision Comment(string text, string actor)
    {
        if (current is not { } alert) return Missing();
        var errors = new ValidationErrors();
        var comment = AlertRules.Comment(errors, text, alert);
        if (!errors.IsEmpty) return Invalid(errors);
        return Change(alert with { UpdatedAt = now }, Entry(now, actor, AlertActions.Commented, null, null, comment));
    }

    /// <summary>A side was deleted: an open alert is resolved by the platform; a decided one keeps its decision.</summary>
    public AlertDecision Withdraw(string deletedItemId)
    {
        if (current is not { } alert) return Missing();
        if (alert.Status == AlertStatus.Resolved) return Kept(alert);
        return ResolveAs(alert, AlertResolution.Withdrawn, $"'{deletedItemId}' was deleted.", AlertActions.System, AlertActions.Withdrawn);
    }

    /// <summary>
    /// The pair is alerted under <paramref name="coveringAlertId"/> (a flagship window's clash whose own event carries the
    /// alert): an open alert is withdrawn by the platform, so one real pair shows one alert; a decided one keeps its decision.
    /// </summary>
    public AlertDecision Supersede(string coveringAlertId)
    {
        if (current is not { } alert) return Missing();
        if (alert.Status == AlertStatus.Resolved) return Kept(alert);
        return ResolveAs(alert, AlertResolution.Withdrawn, $"The same pair is alerted as '{coveringAlertId}': the event held in the flagship window stands for it.",
            AlertActions.System, AlertActions.Withdrawn);
    }

    /// <summary>Open too long: the Coordination Committee sees it too. Once only, and never once decided.</summary>
    public AlertDecision Escalate(string reason)
    {
        if (current is not { } alert) return Missing();
        if (alert.Status == AlertStatus.Resolved || alert.EscalatedAt is not null) return Kept(alert);
        return Change(alert with { EscalatedAt = now, Routes = WithCoCo(alert.Routes), UpdatedAt = now },
            Entry(now, AlertActions.System, AlertActions.Escalated, string.Join(", ", alert.Routes), string.Join(", ", WithCoCo(alert.Routes)), reason));
    }

    /// <summary>
    /// The routes that must still be told the alert left them: those left before and not yet told, and those
    /// <paramref name="previous"/> had that <paramref name="stored"/> no longer has.
    /// </summary>
    public static string[] RoutesLeft(IEnumerable<string> notYetTold, Alert? previous, Alert stored) =>
        [.. notYetTold.Union(previous?.Routes ?? []).Except(stored.Routes)];

    /// <summary>A decision, or a withdrawal: the alert resolved, and the line of the trail that says so.</summary>
    private AlertDecision ResolveAs(Alert alert, AlertResolution resolution, string? reason, string actor, string action, string? taskForce = null)
    {
        var resolved = alert with
        {
            Status = AlertStatus.Resolved,
            Resolution = resolution,
            ResolutionReason = reason,
            ResolvedBy = actor,
            ResolvedAt = now,
            CoordinatingTaskForce = taskForce,
            UpdatedAt = now,
        };
        return Change(resolved, Entry(now, actor, action, Describe(alert), Describe(resolved), reason));
    }

    private static AlertDecision Change(Alert changed, AlertTrailEntry entry) =>
        new(CommandResult<Alert>.Ok(changed with { Trail = [.. changed.Trail, entry] }), true);

    private static AlertDecision Kept(Alert alert) => AlertDecision.Unchanged(CommandResult<Alert>.Ok(alert));

    private static AlertDecision Invalid(ValidationErrors errors) => AlertDecision.Unchanged(CommandResult<Alert>.Invalid(errors.ToMessages()));

    private AlertDecision Missing() => AlertDecision.Unchanged(CommandResult<Alert>.NotFound($"There is no alert '{id}'."));

    private static AlertDecision AlreadyResolved(Alert alert) =>
        AlertDecision.Unchanged(CommandResult<Alert>.Conflict($"The alert was already resolved as {alert.Resolution} by {alert.ResolvedBy}."));

    /// <summary>A line of the trail, at the instant the change stamps on the alert itself.</summary>
    private static AlertTrailEntry Entry(DateTimeOffset at, string actor, string action, string? before, string? after, string? note = null) =>
        new(at, actor, action, before, after, note);

    private static string Describe(Alert alert) =>
        alert.Status == AlertStatus.Resolved ? $"{AlertStatus.Resolved} ({alert.Resolution})" : nameof(AlertStatus.Open);

    private static string[] WithCoCo(string[] routes) => routes.Contains(AlertKeys.CoCo) ? routes : [.. routes, AlertKeys.CoCo];

    private static (OverlapProfile A, OverlapProfile B) InPairOrder(AlertRaise raise) =>
        string.CompareOrdinal(raise.Checked.ActivityId, raise.Other.ActivityId) < 0 ? (raise.Checked, raise.Other) : (raise.Other, raise.Checked);
}
