using Orleans.Concurrency;

namespace Coordination.Abstractions.Alerts;

/// <summary>The alert of one unordered pair of activities (keyed by <c>AlertKeys.PairId</c>) or of events.</summary>
[Alias("coordination.IAlertGrain")]
public interface IAlertGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<Alert?> GetAsync();

    [Alias("Raise")] Task<RaiseOutcome> RaiseAsync(AlertRaise raise);

    /// <summary>Raises the alert of an event clash, keyed by <c>AlertKeys.ClashPairId</c>.</summary>
    [Alias("RaiseClash")] Task<RaiseOutcome> RaiseClashAsync(EventClashRaise raise);

    /// <summary>Decides the alert; <paramref name="taskForce"/> names the task force a Coordinate decision links both sides under.</summary>
    [Alias("Resolve")] Task<CommandResult<Alert>> ResolveAsync(AlertResolution resolution, string? reason, string actor, string? taskForce = null);

    /// <summary>Someone has seen it and is on it; idempotent.</summary>
    [Alias("Acknowledge")] Task<CommandResult<Alert>> AcknowledgeAsync(string actor);

    /// <summary>Hands the alert to a user (null or empty takes it back).</summary>
    [Alias("Assign")] Task<CommandResult<Alert>> AssignAsync(string? assignee, string actor);

    [Alias("Comment")] Task<CommandResult<Alert>> CommentAsync(string text, string actor);

    /// <summary>Closes an open alert one of whose sides was deleted (resolution Withdrawn); idempotent.</summary>
    [Alias("Withdraw")] Task<CommandResult<Alert>> WithdrawAsync(string deletedItemId);

    /// <summary>Closes an open alert whose pair is alerted under <paramref name="coveringAlertId"/> (resolution Withdrawn); idempotent.</summary>
    [Alias("Supersede")] Task<CommandResult<Alert>> SupersedeAsync(string coveringAlertId);

    /// <summary>Routes an alert open too long to the Coordination Committee as well; idempotent.</summary>
    [Alias("Escalate")] Task<CommandResult<Alert>> EscalateAsync(string reason);
}
