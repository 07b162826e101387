namespace Coordination.Grains.Records;

[GenerateSerializer, Alias("coordination.SummaryIndexState`1")]
public sealed class ListingState<TItem>
{
    [Id(0)] public Dictionary<string, TItem> Items { get; set; } = [];
}

/// <summary>
/// A grain whose state is a persisted dictionary of small items keyed by id: the activity links, the calendar
/// buckets and the catalogues (a listing that grows large is a <see cref="RowListingGrain{TItem}"/>). Writes are
/// skipped when nothing changes. A call returns once a write holding its change is stored. In a [Reentrant]
/// subclass, changes that arrive while a write is under way are stored together by the next write
/// (<see cref="GroupCommit"/>).
/// </summary>
public abstract class ListingGrain<TItem>(IPersistentState<ListingState<TItem>> state) : Grain
{
    private readonly GroupCommit _commit = new(state.WriteStateAsync);

    protected IReadOnlyDictionary<string, TItem> Items => state.State.Items;

    protected Task SetAsync(string key, TItem item)
    {
        state.State.Items[key] = item;
        return _commit.RequestAsync();
    }

    protected Task DeleteAsync(string key) => state.State.Items.Remove(key) ? _commit.RequestAsync() : Task.CompletedTask;

    protected Task<TItem[]> ValuesAsync() => Task.FromResult(state.State.Items.Values.ToArray());
}
