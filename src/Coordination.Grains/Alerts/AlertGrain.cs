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

    /// <summary>The alert's rules, applied to it as stored now.</summary>
    private AlertLifecycle Lifecycle => new(this.GetPrimaryKeyString(), state.State.Alert, clock.GetUtcNow());

    public async Task<RaiseOutcome> RaiseAsync(AlertRaise raise)
    {
        var lifecycle = Lifecycle;
        if (lifecycle.IsSettled(raise)) return RaiseOutcome.Suppressed;
        var topics = await Task.WhenAll(AlertLifecycle.SharedTopics(raise).Select(t => GrainFactory.GetGrain<ITopicGrain>(t).GetAsync()));
        var fresh = lifecycle.ActivityOverlap(raise, topics.SelectMany(t => t?.TaskForces ?? []));
        return await StoreAsync(Lifecycle.Raise(fresh));
    }

    public Task<RaiseOutcome> RaiseClashAsync(EventClashRaise raise) => StoreAsync(Lifecycle.RaiseClash(raise));

    private async Task<RaiseOutcome> StoreAsync(RaiseDecision decision)
    {
        if (decision.Alert is not { } alert) return decision.Outcome;
        await StoreAndPublishAsync(alert);
        if (decision.IsNewRound)
            CoordinationTelemetry.AlertsRaised.Add(1, new("kind", alert.Kind), new("severity", alert.Severity.ToString()));
        return decision.Outcome;
    }

    public Task<CommandResult<Alert>> ResolveAsync(AlertResolution resolution, string? reason, string actor, string? taskForce = null) =>
        ApplyAsync(Lifecycle.Resolve(resolution, reason, actor, taskForce));

    public Task<CommandResult<Alert>> AcknowledgeAsync(string actor) => ApplyAsync(Lifecycle.Acknowledge(actor));

    public Task<CommandResult<Alert>> AssignAsync(string? assignee, string actor) => ApplyAsync(Lifecycle.Assign(assignee, actor));

    public Task<CommandResult<Alert>> CommentAsync(string text, string actor) => ApplyAsync(Lifecycle.Comment(text, actor));

    public Task<CommandResult<Alert>> WithdrawAsync(string deletedItemId) => ApplyAsync(Lifecycle.Withdraw(deletedItemId));

    public Task<CommandResult<Alert>> SupersedeAsync(string coveringAlertId) => ApplyAsync(Lifecycle.Supersede(coveringAlertId));

    public Task<CommandResult<Alert>> EscalateAsync(string reason) => ApplyAsync(Lifecycle.Escalate(reason));

    private async Task<CommandResult<Alert>> ApplyAsync(AlertDecision decision)
    {
        if (decision is { Changed: true, Result.Value: { } changed }) await StoreAndPublishAsync(changed);
        return decision.Result;
    }

    /// <summary>Stores the <paramref name="changed"/> alert, then tells its inboxes (or leaves that to the retries).</summary>
    private async Task StoreAndPublishAsync(Alert changed)
    {
        state.State.RoutesLeft = AlertLifecycle.RoutesLeft(state.State.RoutesLeft, state.State.Alert, changed);
        state.State.Alert = changed;
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
