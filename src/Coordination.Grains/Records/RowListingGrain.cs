using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>A layout in which an earlier version stored a listing: its items spread over pages, a record per page.</summary>
public sealed record PageLayout(string StateName, int Pages);

/// <summary>Stored once a listing has moved its earlier page layouts, so that later activations do not read them again.</summary>
[GenerateSerializer, Alias("coordination.EarlierLayoutsMoved")]
public sealed class EarlierLayoutsMoved
{
    [Id(0)] public DateTimeOffset At { get; set; }
}

/// <summary>
/// A listing that grows large (a committee's inbox holds hundreds of thousands of alerts; an overlap bucket takes a
/// profile at every registration): one row per item (<see cref="IGrainRowStorage"/>), so that a change writes its
/// item alone, whatever the size of the listing. Changes that arrive while rows are being written are stored
/// together by the next write (<see cref="GroupCommit"/>), as in <see cref="ListingGrain{TItem}"/>; a call returns
/// once its change is stored. A listing stored in an earlier form (one document, or pages) is moved into rows when
/// the grain activates.
/// </summary>
public abstract class RowListingGrain<TItem> : Grain where TItem : class
{
    /// <summary>Earlier pages read or cleared at once: buckets activate together, and storage has a bounded pool of connections.</summary>
    private const int PagesTogether = 32;

    private readonly IPersistentState<ListingState<TItem>> _singleDocument;
    private readonly string _table;
    private readonly PageLayout[] _earlierLayouts;
    /// <summary>Changes not yet written, by key: the item, or null for a deletion.</summary>
    private readonly Dictionary<string, TItem?> _unwritten = [];
    private readonly GroupCommit _commit;
    private Dictionary<string, TItem> _items = [];
    private IGrainRowStorage _rows = null!;
    private IGrainStorage _storage = null!;

    /// <param name="table">The rows' table name in the storage provider.</param>
    /// <param name="earlierLayouts">Newest first: an item found in two layouts keeps its newer copy.</param>
    protected RowListingGrain(IPersistentState<ListingState<TItem>> singleDocument, string table, params PageLayout[] earlierLayouts)
    {
        _singleDocument = singleDocument;
        _table = table;
        _earlierLayouts = earlierLayouts;
        _commit = new GroupCommit(WriteChangesAsync);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _rows = ServiceProvider.GetRequiredKeyedService<IGrainRowStorage>(StorageNames.Provider);
        _storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        _items = await _rows.ReadRowsAsync<TItem>(_table, this.GetGrainId());
        if (_earlierLayouts.Length > 0) await MoveEarlierLayoutsOnceAsync();
        if (_singleDocument.RecordExists) await MoveSingleDocumentAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    protected Task SetAsync(string key, TItem item)
    {
        _items[key] = item;
        _unwritten[key] = item;
        return _commit.RequestAsync();
    }

    protected Task DeleteAsync(string key)
    {
        if (!_items.Remove(key)) return Task.CompletedTask;
        _unwritten[key] = null;
        return _commit.RequestAsync();
    }

    protected TItem? Find(string key) => _items.GetValueOrDefault(key);

    protected Task<TItem[]> ValuesAsync() => Task.FromResult(_items.Values.ToArray());

    private async Task WriteChangesAsync()
    {
        if (_unwritten.Count == 0) return;
        // The batch is taken before the first await, so later changes wait for the next one; if it fails, its
        // changes are unwritten again, unless a newer change to the same item was made meanwhile.
        var changes = _unwritten.ToArray();
        _unwritten.Clear();
        try
        {
            await _rows.WriteRowsAsync(_table, this.GetGrainId(), changes);
        }
        catch
        {
            foreach (var (key, item) in changes) _unwritten.TryAdd(key, item);
            throw;
        }
    }

    /// <summary>
    /// Earlier layouts are read until their move is recorded (a grain state of its own, under the rows' table name);
    /// the record is written last, so a move cut short by a crash is taken up again (an item already in a row stays,
    /// being newer).
    /// </summary>
    private async Task MoveEarlierLayoutsOnceAsync()
    {
        var moved = new GrainState<EarlierLayoutsMoved>(new EarlierLayoutsMoved());
        var movedId = GrainId.Create($"{_table}-moved", this.GetPrimaryKeyString());
        await _storage.ReadStateAsync(_table, movedId, moved);
        if (moved.RecordExists) return;
        foreach (var earlier in _earlierLayouts) await MoveEarlierPagesAsync(earlier);
        moved.State = new EarlierLayoutsMoved { At = DateTimeOffset.UtcNow };
        await _storage.WriteStateAsync(_table, movedId, moved);
    }

    private async Task MoveEarlierPagesAsync(PageLayout earlier)
    {
        var stored = new List<(GrainId Id, GrainState<ListingState<TItem>> State)>();
        foreach (var batch in Enumerable.Range(0, earlier.Pages).Chunk(PagesTogether))
            stored.AddRange((await Task.WhenAll(batch.Select(async page =>
            {
                var id = GrainId.Create(earlier.StateName, $"{this.GetPrimaryKeyString()}#{page}");
                var state = new GrainState<ListingState<TItem>>(new ListingState<TItem>());
                await _storage.ReadStateAsync(earlier.StateName, id, state);
                return (id, state);
            }))).Where(p => p.state.RecordExists));
        if (stored.Count == 0) return;
        Move(stored.SelectMany(p => p.State.State?.Items ?? []));
        await WriteChangesAsync();
        foreach (var batch in stored.Chunk(PagesTogether))
            await Task.WhenAll(batch.Select(p => _storage.ClearStateAsync(earlier.StateName, p.Id, p.State)));
    }

    private async Task MoveSingleDocumentAsync()
    {
        Move(_singleDocument.State.Items);
        await WriteChangesAsync();
        await _singleDocument.ClearStateAsync();
    }

    private void Move(IEnumerable<KeyValuePair<string, TItem>> items)
    {
        foreach (var (key, item) in items)
            if (_items.TryAdd(key, item)) _unwritten[key] = item;
    }
}
