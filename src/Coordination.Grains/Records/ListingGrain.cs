namespace Coordination.Grains.Records;

[GenerateSerializer, Alias("coordination.SummaryIndexState`1")]
public sealed class ListingState<TItem>
{
    [Id(0)] public Dictionary<string, TItem> Items { get; set; } = [];
}

/// <summary>
/// A grain whose state is a persisted dictionary of small items keyed by id: the listing buckets, the
/// overlap buckets, the alert inboxes and the catalogues. Writes are skipped when nothing changes.
/// A call returns once a write holding its change is stored. In a [Reentrant] subclass, changes that arrive
/// while a write is under way are stored together by the next write (group commit): a hot listing whose state
/// is large then writes it once per batch of changes rather than once per change.
/// </summary>
public abstract class ListingGrain<TItem>(IPersistentState<ListingState<TItem>> state) : Grain
{
    private Task _writing = Task.CompletedTask;
    private Task? _nextWrite;

    protected IReadOnlyDictionary<string, TItem> Items => state.State.Items;

    protected Task SetAsync(string key, TItem item)
    {
        state.State.Items[key] = item;
        return PersistAsync();
    }

    protected Task DeleteAsync(string key) => state.State.Items.Remove(key) ? PersistAsync() : Task.CompletedTask;

    /// <summary>Stores the state as it is now: at once when no write is under way, else with the next write.</summary>
    private Task PersistAsync()
    {
        if (_nextWrite is not null) return _nextWrite;
        if (_writing.IsCompleted) return _writing = state.WriteStateAsync();
        return _nextWrite = WriteAfterAsync(_writing);
    }

    private async Task WriteAfterAsync(Task previous)
    {
        // The previous batch's callers see its failure; this batch writes the whole state again either way.
        try { await previous; } catch { }
        _writing = _nextWrite!;
        _nextWrite = null;
        await state.WriteStateAsync();
    }

    protected Task<TItem[]> ValuesAsync() => Task.FromResult(state.State.Items.Values.ToArray());
}
