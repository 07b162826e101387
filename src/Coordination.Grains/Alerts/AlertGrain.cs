using Coordination.Grains.Diagnostics;
using Coordination.Grains.Records;
using Orleans.Concurrency;

namespace Coordination.Grains.Alerts;

[GenerateSerializer, Alias("coordination.AlertState")]
public sealed class AlertState
{
    [Id(0)] public Alert? Alert { get; set; }

    /// <summary>
    /// Routes changes took the alert off whose inboxes may not yet show it resolved: stored with the change, so that
    /// a publication a crash cut short still reaches them; emptied once told, and stored so with the next change.
    /// </summary>
    [Id(1)] public string[] RoutesLeft { get; set; } = [];
}

/// <summary>
/// The one alert of a pair of activities or of events. Every check of either side lands here, so however often and
/// in whatever order the pair is found, there is one alert; a resolved pair stays quiet until one side
/// changes materially. An alert is busy when it is raised or decided and idle in between, and there are many
/// of them: an idle one leaves memory after a few minutes rather than the default quarter of an hour.
/// A change is acknowledged once stored; telling the inboxes and the live feed is its <see cref="FollowUp"/>.
/// </summary>
[CollectionAgeLimit(Minutes = 3)]
public sealed class AlertGrain(
    [PersistentState(StorageNames.Alert, StorageNames.Provider)] IPersistentState<AlertState> state,
    TimeProvider clock) : Grain, IAlertGrain
{
    /// <summary>
    /// An activation tells the inboxes of the alert as stored this long after it starts, unless a change told them
    /// first (as a re-check does at once): a publication a crash cut short is finished without a flag to clear, which
    /// would cost a second write on every change.
    /// </summary>
    private static readonly TimeSpan CatchUpDelay = TimeSpan.FromSeconds(2);

    /// <summary>The inboxes and the live feed have been told of the alert as it is now.</summary>
    private bool _published;

    private FollowUp? _publicationRetry;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Alert is null) return Task.CompletedTask;
        IGrainTimer? catchUp = null;
        catchUp = this.RegisterGrainTimer(_ =>
        {
            catchUp!.Dispose();
            return PublishOrRetryAsync();
        }, new GrainTimerCreationOptions(CatchUpDelay, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task<Alert?> GetAsync() => Task.FromResult(state.State.Alert);

    public async Task<RaiseOutcome> RaiseAsync(AlertRaise raise)
    {
        var materialKey = AlertKeys.MaterialKey(this.GetPrimaryKeyString(), raise.Checked, raise.Other);
        if (IsSettled(materialKey)) return RaiseOutcome.Suppressed;
        return await StoreAsync(await BuildAsync(raise, materialKey, clock.GetUtcNow()));
    }

    public async Task<RaiseOutcome> RaiseClashAsync(EventClashRaise raise)
    {
        var (checkedEvent, clash) = (raise.Checked, raise.Clash);
        var materialKey = AlertKeys.MaterialKey(checkedEvent.EventId, checkedEvent.MaterialHash, clash.Other.Id, clash.OtherMaterialHash);
        if (IsSettled(materialKey)) return RaiseOutcome.Suppressed;
        var sides = new[] { (Id: checkedEvent.EventId, checkedEvent.Title), (clash.Other.Id, clash.Other.Title) }
            .OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var sectors = clash.Explanation.Sectors;
        var regions = new[] { checkedEvent.Region, clash.Other.Region }.Distinct().Order().ToArray();
        var now = clock.GetUtcNow();
        return await StoreAsync(new Alert
        {
            Id = this.GetPrimaryKeyString(),
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

    /// <summary>
    /// A pair resolved while both sides were as they are now stays quiet; one withdrawn because a side was deleted
    /// is raised again if that side comes back.
    /// </summary>
    private bool IsSettled(string materialKey) =>
        state.State.Alert is { Status: AlertStatus.Resolved } existing && existing.Resolution != AlertResolution.Withdrawn && existing.MaterialKey == materialKey;

    private async Task<RaiseOutcome> StoreAsync(Alert fresh)
    {
        var existing = state.State.Alert;
        var outcome = existing switch
        {
            null => RaiseOutcome.Raised,
            { Status: AlertStatus.Resolved } => RaiseOutcome.Reopened,
            _ => RaiseOutcome.Updated,
        };
        state.State.Alert = outcome switch
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
        await StoreAndPublishAsync(existing);
        if (outcome is RaiseOutcome.Raised or RaiseOutcome.Reopened)
            CoordinationTelemetry.AlertsRaised.Add(1, new("kind", fresh.Kind), new("severity", fresh.Severity.ToString()));
        return outcome;
    }

    public Task<CommandResult<Alert>> ResolveAsync(AlertResolution resolution, string? reason, string actor, string? taskForce = null)
    {
        if (state.State.Alert is not { } alert) return Task.FromResult(Missing());
        var errors = new ValidationErrors();
        var text = AlertRules.Reason(errors, reason);
        if (resolution == AlertResolution.NotDuplicate && text is null && errors.IsEmpty)
            errors.Add("reason", "A reason is required to resolve an alert as not a duplicate.");
        if (!errors.IsEmpty) return Task.FromResult(CommandResult<Alert>.Invalid(errors.ToDictionary()));
        if (alert.Status == AlertStatus.Resolved)
            return Task.FromResult(CommandResult<Alert>.Conflict($"The alert was already resolved as {alert.Resolution} by {alert.ResolvedBy}."));
        return ResolveAsAsync(alert, resolution, text, actor, AlertActions.Resolved, resolution == AlertResolution.Coordinate ? taskForce : null);
    }

    public Task<CommandResult<Alert>> AcknowledgeAsync(string actor)
    {
        if (state.State.Alert is not { } alert) return Task.FromResult(Missing());
        if (alert.Status == AlertStatus.Resolved) return Task.FromResult(AlreadyResolved(alert));
        if (alert.AcknowledgedBy is not null) return Task.FromResult(CommandResult<Alert>.Ok(alert));
        var now = clock.GetUtcNow();
        return ChangeAsync(alert with { AcknowledgedBy = actor, UpdatedAt = now },
            Entry(now, actor, AlertActions.Acknowledged, "not acknowledged", $"acknowledged by {actor}"));
    }

    public Task<CommandResult<Alert>> AssignAsync(string? assignee, string actor)
    {
        if (state.State.Alert is not { } alert) return Task.FromResult(Missing());
        if (alert.Status == AlertStatus.Resolved) return Task.FromResult(AlreadyResolved(alert));
        var errors = new ValidationErrors();
        assignee = AlertRules.Assignee(errors, assignee);
        if (!errors.IsEmpty) return Task.FromResult(CommandResult<Alert>.Invalid(errors.ToDictionary()));
        if (assignee == alert.AssignedTo) return Task.FromResult(CommandResult<Alert>.Ok(alert));
        var now = clock.GetUtcNow();
        return ChangeAsync(alert with { AssignedTo = assignee, UpdatedAt = now },
            Entry(now, actor, AlertActions.Assigned, alert.AssignedTo ?? "unassigned", assignee ?? "unassigned"));
    }

    public Task<CommandResult<Alert>> CommentAsync(string text, string actor)
    {
        if (state.State.Alert is not { } alert) return Task.FromResult(Missing());
        var errors = new ValidationErrors();
        var comment = AlertRules.Comment(errors, text, alert);
        if (!errors.IsEmpty) return Task.FromResult(CommandResult<Alert>.Invalid(errors.ToDictionary()));
        var now = clock.GetUtcNow();
        return ChangeAsync(alert with { UpdatedAt = now }, Entry(now, actor, AlertActions.Commented, null, null, comment));
    }

    public Task<CommandResult<Alert>> WithdrawAsync(string deletedItemId)
    {
        if (state.State.Alert is not { } alert) return Task.FromResult(Missing());
        if (alert.Status == AlertStatus.Resolved) return Task.FromResult(CommandResult<Alert>.Ok(alert));
        return ResolveAsAsync(alert, AlertResolution.Withdrawn, $"'{deletedItemId}' was deleted.", AlertActions.System, AlertActions.Withdrawn);
    }

    /// <summary>A decision, or a withdrawal: the alert resolved, and the line of the trail that says so.</summary>
    private Task<CommandResult<Alert>> ResolveAsAsync(Alert alert, AlertResolution resolution, string? reason, string actor, string action, string? taskForce = null)
    {
        var now = clock.GetUtcNow();
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
        return ChangeAsync(resolved, Entry(now, actor, action, Describe(alert), Describe(resolved), reason));
    }

    public Task<CommandResult<Alert>> EscalateAsync(string reason)
    {
        if (state.State.Alert is not { } alert) return Task.FromResult(Missing());
        if (alert.Status == AlertStatus.Resolved || alert.EscalatedAt is not null) return Task.FromResult(CommandResult<Alert>.Ok(alert));
        var now = clock.GetUtcNow();
        return ChangeAsync(alert with { EscalatedAt = now, Routes = WithCoCo(alert.Routes), UpdatedAt = now },
            Entry(now, AlertActions.System, AlertActions.Escalated, string.Join(", ", alert.Routes), string.Join(", ", WithCoCo(alert.Routes)), reason));
    }

    private async Task<CommandResult<Alert>> ChangeAsync(Alert changed, AlertTrailEntry entry)
    {
        var previous = state.State.Alert;
        state.State.Alert = changed with { Trail = [.. changed.Trail, entry] };
        await StoreAndPublishAsync(previous);
        return CommandResult<Alert>.Ok(state.State.Alert);
    }

    /// <summary>A line of the trail, at the instant the change stamps on the alert itself.</summary>
    private static AlertTrailEntry Entry(DateTimeOffset at, string actor, string action, string? before, string? after, string? note = null) =>
        new(at, actor, action, before, after, note);

    private static string Describe(Alert alert) =>
        alert.Status == AlertStatus.Resolved ? $"{AlertStatus.Resolved} ({alert.Resolution})" : nameof(AlertStatus.Open);

    private static string[] WithCoCo(string[] routes) => routes.Contains(AlertKeys.CoCo) ? routes : [.. routes, AlertKeys.CoCo];

    private CommandResult<Alert> Missing() => CommandResult<Alert>.NotFound($"There is no alert '{this.GetPrimaryKeyString()}'.");

    private static CommandResult<Alert> AlreadyResolved(Alert alert) =>
        CommandResult<Alert>.Conflict($"The alert was already resolved as {alert.Resolution} by {alert.ResolvedBy}.");

    private async Task<Alert> BuildAsync(AlertRaise raise, string materialKey, DateTimeOffset now)
    {
        var (a, b) = string.CompareOrdinal(raise.Checked.ActivityId, raise.Other.ActivityId) < 0 ? (raise.Checked, raise.Other) : (raise.Other, raise.Checked);
        var sharedTopics = a.Topics.Intersect(b.Topics).ToArray();
        var topics = await Task.WhenAll(sharedTopics.Select(t => GrainFactory.GetGrain<ITopicGrain>(t).GetAsync()));
        var sectors = new[] { a.Sector, b.Sector }.Distinct().Order().ToArray();
        var sharedRegions = a.Regions.Intersect(b.Regions).ToArray();
        return new Alert
        {
            Id = this.GetPrimaryKeyString(),
            ItemIds = [a.ActivityId, b.ActivityId],
            Family = AlertKeys.FamilyOf(this.GetPrimaryKeyString()),
            Titles = [a.Title, b.Title],
            Sectors = sectors,
            Regions = a.Regions.Union(b.Regions).Order().ToArray(),
            Severity = raise.Match.Severity,
            Score = raise.Match.Score,
            Explanation = raise.Match.Explanation,
            Routes = AlertKeys.Routes(sectors, raise.Match.Severity, topics.SelectMany(t => t?.TaskForces ?? []), sharedRegions),
            Topics = a.Topics.Union(b.Topics).Order(StringComparer.Ordinal).ToArray(),
            Status = AlertStatus.Open,
            RaisedAt = now,
            UpdatedAt = now,
            MaterialKey = materialKey,
        };
    }

    /// <summary>Stores the alert as changed from <paramref name="previous"/>, then tells its inboxes (or leaves that to the retries).</summary>
    private async Task StoreAndPublishAsync(Alert? previous)
    {
        state.State.RoutesLeft = [.. state.State.RoutesLeft.Union(previous?.Routes ?? []).Except(state.State.Alert!.Routes)];
        _published = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // What memory holds may not be stored: the next call reads what is, and publishes nothing unstored.
            DeactivateOnIdle();
            throw;
        }
        await PublishOrRetryAsync();
    }

    private async Task PublishOrRetryAsync() =>
        _publicationRetry = await FollowUp.RunOrRetryAsync(this, "inboxes", CompletePublicationAsync, _publicationRetry);

    /// <summary>
    /// Every inbox the alert is or was routed to gets its current summary (a route it left shows it resolved),
    /// and the live feed tells the open dashboards. Idempotent: an inbox keeps one row per alert.
    /// </summary>
    private async Task CompletePublicationAsync()
    {
        if (_published || state.State.Alert is not { } alert) return;
        var summary = AlertSummary.Of(alert);
        var left = state.State.RoutesLeft;
        await Task.WhenAll(alert.Routes.Select(r => Inbox(r).UpsertAsync(summary))
            .Concat(left.Select(r => Inbox(r).UpsertAsync(summary with { Status = AlertStatus.Resolved }))));
        await GrainFactory.GetGrain<IAlertFeedGrain>(Partitions.AlertBucket(alert.Id)).PublishAsync(new AlertChange(summary, [.. alert.Routes.Union(left)]));
        state.State.RoutesLeft = [];
        _published = true;
    }

    private IAlertInboxGrain Inbox(string route) => GrainFactory.GetGrain<IAlertInboxGrain>(Partitions.AlertInboxKey(route, this.GetPrimaryKeyString()));
}
