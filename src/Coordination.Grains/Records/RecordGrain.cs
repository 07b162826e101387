using Coordination.Grains.Diagnostics;
using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>
/// The life cycle every editable record shares: validate, check the version, store durably, then bring
/// the listings that show it up to date. A record is acknowledged once it is stored; the listing work is a
/// <see cref="FollowUp"/>, retried until it succeeds and finished after a crash.
/// </summary>
public abstract class RecordGrain<TRecord, TDraft>(IPersistentState<RecordState<TRecord>> state, TimeProvider clock) : Grain
    where TRecord : class
{
    /// <summary>The record's kind in messages and telemetry: "activity", "event"...</summary>
    protected abstract string Kind { get; }

    protected abstract Audit AuditOf(TRecord record);

    protected abstract Task<KnownReferences> LookUpReferencesAsync(TDraft draft);

    protected abstract Validated<TRecord> Validate(string id, TDraft draft, KnownReferences known, Audit audit, TRecord? current);

    /// <summary>Tells the listings that the record moved from <paramref name="previous"/> to <paramref name="current"/>; must be idempotent.</summary>
    protected virtual Task SyncListingsAsync(TRecord? previous, TRecord? current) => Task.CompletedTask;

    protected string Id => this.GetPrimaryKeyString();

    protected TRecord? Current => state.State.Current;

    protected DateTimeOffset Now => clock.GetUtcNow();

    private FollowUp? _listingRetry;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.IndexPending) await SyncListingsOrRetryAsync();
    }

    protected async Task<CommandResult<TRecord>> CreateCoreAsync(TDraft draft, string actor)
    {
        if (Current is not null) return Refuse(CommandResult<TRecord>.Conflict(RecordRefusals.AlreadyExists(Kind, Id)));
        var validated = Validate(Id, draft, await LookUpReferencesAsync(draft), Audit.New(actor, Now), null);
        if (!validated.IsValid) return Refuse(CommandResult<TRecord>.Invalid(validated.Messages));
        return await SaveAsync(validated.Value, "create") ?? CommandResult<TRecord>.Created(validated.Value!);
    }

    protected async Task<CommandResult<TRecord>> UpdateCoreAsync(TDraft draft, int expectedVersion, string actor)
    {
        if (CheckVersion(expectedVersion) is { } refused) return refused;
        var validated = Validate(Id, draft, await LookUpReferencesAsync(draft), AuditOf(Current!).Next(actor, Now), Current);
        if (!validated.IsValid) return Refuse(CommandResult<TRecord>.Invalid(validated.Messages));
        return await SaveAsync(validated.Value, "update") ?? CommandResult<TRecord>.Ok(validated.Value!);
    }

    protected async Task<CommandResult<TRecord>> DeleteCoreAsync(int expectedVersion, string actor)
    {
        if (CheckVersion(expectedVersion) is { } refused) return refused;
        var deleted = Current!;
        state.State.Deleted = AuditOf(deleted).Next(actor, Now);
        return await SaveAsync(null, "delete") ?? CommandResult<TRecord>.Ok(deleted);
    }

    /// <summary>Stores a change made outside the draft path (a link maintained by another grain).</summary>
    protected async Task SaveInternalAsync(TRecord next) => await SaveAsync(next, "link");

    private CommandResult<TRecord>? CheckVersion(int expectedVersion)
    {
        if (Current is null) return Refuse(CommandResult<TRecord>.NotFound(RecordRefusals.Missing(Kind, Id)));
        var version = AuditOf(Current).Version;
        return version == expectedVersion
            ? null
            : Refuse(CommandResult<TRecord>.Conflict(RecordRefusals.StaleVersion(Kind, Id, version, expectedVersion)));
    }

    /// <returns>null when stored; a conflict when another activation wrote first.</returns>
    private async Task<CommandResult<TRecord>?> SaveAsync(TRecord? next, string operation)
    {
        // While earlier listing work is still pending, its "previous" stays: the listings move from the last
        // version they showed straight to the newest.
        if (!state.State.IndexPending) state.State.Previous = Current;
        state.State.Current = next;
        state.State.IndexPending = true;
        if (next is not null) state.State.Deleted = null;
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Someone else stored this record meanwhile: take what is stored and let the caller decide again.
            await state.ReadStateAsync();
            return Refuse(CommandResult<TRecord>.Conflict(RecordRefusals.ChangedConcurrently(Kind, Id)));
        }
        catch
        {
            // What memory holds may not be stored: the next call reads what is, and no retry lists anything unstored.
            DeactivateOnIdle();
            throw;
        }
        CoordinationTelemetry.RecordsWritten.Add(1, new("kind", Kind), new("operation", operation));
        // The record is stored whatever happens now: a failure leaves the listing work pending, not the command failed.
        await SyncListingsOrRetryAsync();
        return null;
    }

    /// <summary>Tells the listings of the last stored change, pending while <see cref="RecordState{TRecord}.IndexPending"/> is set.</summary>
    private async Task SyncListingsOrRetryAsync() =>
        _listingRetry = await FollowUp.RunOrRetryAsync(this, "listings", CompleteListingSyncAsync, _listingRetry);

    private async Task CompleteListingSyncAsync()
    {
        if (!state.State.IndexPending) return;
        var previous = state.State.Previous;
        await SyncListingsAsync(previous, state.State.Current);
        state.State.Previous = null;
        state.State.IndexPending = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation stored the record since (this one outlived a silo failure): it owns the listings now.
            DeactivateOnIdle();
        }
        catch
        {
            // Still pending as stored: the retry tells the listings again and stores the flag cleared.
            (state.State.Previous, state.State.IndexPending) = (previous, true);
            throw;
        }
    }

    private CommandResult<TRecord> Refuse(CommandResult<TRecord> result)
    {
        CoordinationTelemetry.CommandsRefused.Add(1, new("kind", Kind), new("outcome", result.Outcome.ToString()));
        return result;
    }
}
