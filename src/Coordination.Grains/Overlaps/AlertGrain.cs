using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Domain.Overlaps;
using Coordination.Grains.Diagnostics;
using Coordination.Grains.Records;
using Orleans.Concurrency;

namespace Coordination.Grains.Overlaps;

[GenerateSerializer, Alias("coordination.AlertState")]
public sealed class AlertState
{
    [Id(0)] public Alert? Alert { get; set; }
}

/// <summary>
/// The one alert of a pair of activities or of events. Every check of either side lands here, so however often and
/// in whatever order the pair is found, there is one alert; a resolved pair stays quiet until one side
/// changes materially.
/// </summary>
public sealed class AlertGrain(
    [PersistentState(StorageNames.Alert, StorageNames.Provider)] IPersistentState<AlertState> state,
    TimeProvider clock) : Grain, IAlertGrain
{
    public Task<Alert?> GetAsync() => Task.FromResult(state.State.Alert);

    public async Task<RaiseOutcome> RaiseAsync(AlertRaise raise)
    {
        var materialKey = Alerts.MaterialKey(raise.Checked, raise.Other);
        if (IsSettled(materialKey)) return RaiseOutcome.Suppressed;
        return await StoreAsync(await BuildAsync(raise, materialKey, clock.GetUtcNow()));
    }

    public async Task<RaiseOutcome> RaiseClashAsync(EventClashRaise raise)
    {
        var (checkedEvent, clash) = (raise.Checked, raise.Clash);
        var materialKey = Alerts.MaterialKey(checkedEvent.EventId, checkedEvent.MaterialHash, clash.Other.Id, clash.OtherMaterialHash);
        if (IsSettled(materialKey)) return RaiseOutcome.Suppressed;
        var sides = new[] { (Id: checkedEvent.EventId, checkedEvent.Title), (clash.Other.Id, clash.Other.Title) }
            .OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var sectors = clash.Explanation.Sectors;
        var regions = new[] { checkedEvent.Region, clash.Other.Region }.Distinct().Order().ToArray();
        var now = clock.GetUtcNow();
        return await StoreAsync(new Alert
        {
            Id = this.GetPrimaryKeyString(),
            Kind = Alerts.EventClash,
            ItemIds = sides.Select(s => s.Id).ToArray(),
            Titles = sides.Select(s => s.Title).ToArray(),
            Sectors = sectors,
            Regions = regions,
            Severity = clash.Severity,
            Score = clash.Score,
            Explanation = clash.Explanation,
            Routes = Alerts.ClashRoutes(sectors, regions),
            Status = AlertStatus.Open,
            RaisedAt = now,
            UpdatedAt = now,
            MaterialKey = materialKey,
        });
    }

    /// <summary>A pair resolved while both sides were as they are now stays quiet.</summary>
    private bool IsSettled(string materialKey) => state.State.Alert is { Status: AlertStatus.Resolved } existing && existing.MaterialKey == materialKey;

    private async Task<RaiseOutcome> StoreAsync(Alert fresh)
    {
        var existing = state.State.Alert;
        var outcome = existing switch
        {
            null => RaiseOutcome.Raised,
            { Status: AlertStatus.Resolved } => RaiseOutcome.Reopened,
            _ => RaiseOutcome.Updated,
        };
        state.State.Alert = existing is null ? fresh : fresh with { RaisedAt = existing.RaisedAt, TimesChecked = existing.TimesChecked + 1 };
        await state.WriteStateAsync();
        await PublishAsync(existing);
        if (outcome is RaiseOutcome.Raised or RaiseOutcome.Reopened)
            CoordinationTelemetry.AlertsRaised.Add(1, new("kind", fresh.Kind), new("severity", fresh.Severity.ToString()));
        return outcome;
    }

    public async Task<CommandResult<Alert>> ResolveAsync(AlertResolution resolution, string? reason, string actor)
    {
        if (state.State.Alert is not { } alert) return CommandResult<Alert>.NotFound($"There is no alert '{this.GetPrimaryKeyString()}'.");
        if (resolution == AlertResolution.NotDuplicate && string.IsNullOrWhiteSpace(reason))
            return CommandResult<Alert>.Invalid(new() { ["reason"] = ["A reason is required to resolve an alert as not a duplicate."] });
        if (alert.Status == AlertStatus.Resolved)
            return CommandResult<Alert>.Conflict($"The alert was already resolved as {alert.Resolution} by {alert.ResolvedBy}.");
        state.State.Alert = alert with
        {
            Status = AlertStatus.Resolved,
            Resolution = resolution,
            ResolutionReason = reason?.Trim(),
            ResolvedBy = actor,
            UpdatedAt = clock.GetUtcNow(),
        };
        await state.WriteStateAsync();
        await PublishAsync(alert);
        return CommandResult<Alert>.Ok(state.State.Alert);
    }

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
            Titles = [a.Title, b.Title],
            Sectors = sectors,
            Regions = a.Regions.Union(b.Regions).Order().ToArray(),
            Severity = raise.Match.Severity,
            Score = raise.Match.Score,
            Explanation = raise.Match.Explanation,
            Routes = Alerts.Routes(sectors, raise.Match.Severity, topics.SelectMany(t => t?.TaskForces ?? []), sharedRegions),
            Status = AlertStatus.Open,
            RaisedAt = now,
            UpdatedAt = now,
            MaterialKey = materialKey,
        };
    }

    /// <summary>Every inbox the alert is or was routed to gets its current summary (a route it left shows it resolved).</summary>
    private Task PublishAsync(Alert? previous)
    {
        var alert = state.State.Alert!;
        var summary = AlertSummary.Of(alert);
        return Task.WhenAll(alert.Routes.Select(r => Inbox(r).UpsertAsync(summary))
            .Concat((previous?.Routes ?? []).Except(alert.Routes).Select(r => Inbox(r).UpsertAsync(summary with { Status = AlertStatus.Resolved }))));
    }

    private IAlertInboxGrain Inbox(string route) => GrainFactory.GetGrain<IAlertInboxGrain>(Partitions.AlertInboxKey(route, this.GetPrimaryKeyString()));
}

/// <summary>
/// One bucket of a committee's or director's inbox. Reentrant, so that alerts raised together are stored by
/// one write of the bucket (see <see cref="ListingGrain{TItem}"/>); its methods do not await between reads
/// and changes of the state.
/// </summary>
[Reentrant]
public sealed class AlertInboxGrain(
    [PersistentState(StorageNames.AlertInbox, StorageNames.Provider)] IPersistentState<ListingState<AlertSummary>> state)
    : ListingGrain<AlertSummary>(state), IAlertInboxGrain
{
    public Task UpsertAsync(AlertSummary summary) => SetAsync(summary.Id, summary);

    public Task<AlertSummary[]> ListAsync() => ValuesAsync();
}
