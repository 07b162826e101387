namespace Coordination.Grains.Records;

[GenerateSerializer, Alias("coordination.SummaryIndexState`1")]
public sealed class ListingState<TItem>
{
    [Id(0)] public Dictionary<string, TItem> Items { get; set; } = [];
}

/// <summary>
/// A grain whose state is a persisted dictionary of small items keyed by id: the listing buckets, the
/// overlap buckets, the alert inboxes and the catalogues. Writes are skipped when nothing changes.
/// </summary>
public abstract class ListingGrain<TItem>(IPersistentState<ListingState<TItem>> state) : Grain
{
    protected IReadOnlyDictionary<string, TItem> Items => state.State.Items;

    protected async Task SetAsync(string key, TItem item)
    {
        state.State.Items[key] = item;
        await state.WriteStateAsync();
    }

    protected async Task DeleteAsync(string key)
    {
        if (state.State.Items.Remove(key)) await state.WriteStateAsync();
    }

    protected Task<TItem[]> ValuesAsync() => Task.FromResult(state.State.Items.Values.ToArray());
}
