using Coordination.Domain;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>Where a paged listing keeps its pages: their state name, and how many pages its items are spread over.</summary>
/// <remarks>Items are placed by page count, so a listing that changes its count also changes its name, and moves the
/// pages of its earlier layout.</remarks>
public sealed record PageLayout(string StateName, int Pages);

/// <summary>Stored once a paged listing has moved its earlier layouts, so that later activations do not read them again.</summary>
[GenerateSerializer, Alias("coordination.EarlierLayoutsMoved")]
public sealed class EarlierLayoutsMoved
{
    [Id(0)] public DateTimeOffset At { get; set; }
}

/// <summary>
/// A listing that grows large (a committee's inbox holds thousands of alerts): its items are spread over
/// pages, each stored as a record of its own, so that a change rewrites one small page rather than the whole
/// listing. Changes that arrive while pages are being written are stored together by the next write
/// (<see cref="GroupCommit"/>), as in <see cref="ListingGrain{TItem}"/>; a call returns once its change is stored.
/// A listing stored in an earlier layout (one document, or fewer pages) is moved when the grain activates.
/// </summary>
public abstract class PagedListingGrain<TItem> : Grain
{
    /// <summary>Page records read at once on activation: buckets activate together, and storage has a bounded pool of connections.</summary>
    private const int PagesReadTogether = 32;

    private readonly IPersistentState<ListingState<TItem>> _singleDocument;
    private readonly PageLayout _layout;
    private readonly PageLayout[] _earlierLayouts;
    private readonly GrainState<ListingState<TItem>>[] _pages;
    private readonly HashSet<int> _dirty = [];
    private readonly GroupCommit _commit;
    private IGrainStorage _storage = null!;

    /// <param name="earlierLayouts">Newest first: an item found in two layouts keeps its newer copy.</param>
    protected PagedListingGrain(IPersistentState<ListingState<TItem>> singleDocument, PageLayout layout, params PageLayout[] earlierLayouts)
    {
        _singleDocument = singleDocument;
        _layout = layout;
        _earlierLayouts = earlierLayouts;
        _pages = new GrainState<ListingState<TItem>>[layout.Pages];
        _commit = new GroupCommit(WriteDirtyPagesAsync);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        (await ReadPagesAsync(_layout)).CopyTo(_pages, 0);
        if (_earlierLayouts.Length > 0) await MoveEarlierLayoutsOnceAsync();
        if (_singleDocument.RecordExists) await MoveSingleDocumentAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    protected Task SetAsync(string key, TItem item)
    {
        var page = PageOf(key);
        _pages[page].State!.Items[key] = item;
        return PersistAsync(page);
    }

    protected Task DeleteAsync(string key)
    {
        var page = PageOf(key);
        return _pages[page].State!.Items.Remove(key) ? PersistAsync(page) : Task.CompletedTask;
    }

    protected TItem? Find(string key) => _pages[PageOf(key)].State!.Items.GetValueOrDefault(key);

    protected Task<TItem[]> ValuesAsync() => Task.FromResult(_pages.SelectMany(p => p.State!.Items.Values).ToArray());

    private Task PersistAsync(int page)
    {
        _dirty.Add(page);
        return _commit.RequestAsync();
    }

    private async Task WriteDirtyPagesAsync()
    {
        var pages = _dirty.ToArray();
        _dirty.Clear();
        // Each write takes its page's snapshot before its first await, so later changes wait for the next batch;
        // a page whose write failed is dirty again, for the next batch.
        var writes = pages.Select(page => (Page: page, Write: _storage.WriteStateAsync(_layout.StateName, PageId(_layout, page), _pages[page]))).ToArray();
        try
        {
            await Task.WhenAll(writes.Select(w => w.Write));
        }
        catch
        {
            foreach (var (page, write) in writes) if (!write.IsCompletedSuccessfully) _dirty.Add(page);
            throw;
        }
    }

    private async Task<GrainState<ListingState<TItem>>[]> ReadPagesAsync(PageLayout layout)
    {
        var pages = new GrainState<ListingState<TItem>>[layout.Pages];
        foreach (var batch in Enumerable.Range(0, layout.Pages).Chunk(PagesReadTogether))
            await Task.WhenAll(batch.Select(async page =>
            {
                var state = new GrainState<ListingState<TItem>>(new ListingState<TItem>());
                await _storage.ReadStateAsync(layout.StateName, PageId(layout, page), state);
                state.State ??= new ListingState<TItem>();
                pages[page] = state;
            }));
        return pages;
    }

    /// <summary>
    /// Earlier layouts are read until their move is recorded; the record is written last, so a move cut short by a
    /// crash is taken up again (an item already in the current layout stays, being newer).
    /// </summary>
    private async Task MoveEarlierLayoutsOnceAsync()
    {
        var moved = new GrainState<EarlierLayoutsMoved>(new EarlierLayoutsMoved());
        var movedId = GrainId.Create($"{_layout.StateName}-moved", this.GetPrimaryKeyString());
        await _storage.ReadStateAsync(_layout.StateName, movedId, moved);
        if (moved.RecordExists) return;
        foreach (var earlier in _earlierLayouts) await MoveEarlierPagesAsync(earlier);
        moved.State = new EarlierLayoutsMoved { At = DateTimeOffset.UtcNow };
        await _storage.WriteStateAsync(_layout.StateName, movedId, moved);
    }

    private async Task MoveEarlierPagesAsync(PageLayout earlier)
    {
        var stored = (await ReadPagesAsync(earlier)).Select((state, page) => (State: state, Page: page)).Where(p => p.State.RecordExists).ToArray();
        if (stored.Length == 0) return;
        Move(stored.SelectMany(p => p.State.State!.Items));
        await WriteDirtyPagesAsync();
        await Task.WhenAll(stored.Select(p => _storage.ClearStateAsync(earlier.StateName, PageId(earlier, p.Page), p.State)));
    }

    private async Task MoveSingleDocumentAsync()
    {
        Move(_singleDocument.State.Items);
        await WriteDirtyPagesAsync();
        await _singleDocument.ClearStateAsync();
    }

    private void Move(IEnumerable<KeyValuePair<string, TItem>> items)
    {
        foreach (var (key, item) in items)
        {
            var page = PageOf(key);
            // A page written since the move began is newer than the earlier layout.
            if (_pages[page].State!.Items.TryAdd(key, item)) _dirty.Add(page);
        }
    }

    private GrainId PageId(PageLayout layout, int page) => GrainId.Create(layout.StateName, $"{this.GetPrimaryKeyString()}#{page}");

    private int PageOf(string key) => Partitions.SubBucket(key, _pages.Length);
}
