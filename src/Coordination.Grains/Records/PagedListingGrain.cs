using Coordination.Domain;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>
/// A listing that grows large (a committee's inbox holds thousands of alerts): its items are spread over
/// pages (<see cref="DefaultPages"/> unless the subclass says), each stored as a record of its own, so that a change rewrites one small page
/// rather than the whole listing. Changes that arrive while pages are being written are stored together by the
/// next write (<see cref="GroupCommit"/>), as in <see cref="ListingGrain{TItem}"/>; a call returns once its change is stored.
/// A listing stored by the earlier single-document form is moved into pages when the grain first activates.
/// </summary>
public abstract class PagedListingGrain<TItem> : Grain
{
    public const int DefaultPages = 32;

    private readonly IPersistentState<ListingState<TItem>> _singleDocument;
    private readonly GrainState<ListingState<TItem>>[] _pages;
    private readonly HashSet<int> _dirty = [];
    private readonly GroupCommit _commit;
    private IGrainStorage _storage = null!;

    protected PagedListingGrain(IPersistentState<ListingState<TItem>> singleDocument, int pages = DefaultPages)
    {
        _singleDocument = singleDocument;
        _pages = new GrainState<ListingState<TItem>>[pages];
        _commit = new GroupCommit(WriteDirtyPagesAsync);
    }

    /// <summary>The state name of the pages; the grain's key and the page number make each page's id.</summary>
    protected abstract string PageStateName { get; }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);
        await Task.WhenAll(Enumerable.Range(0, _pages.Length).Select(async page =>
        {
            var state = new GrainState<ListingState<TItem>>(new ListingState<TItem>());
            await _storage.ReadStateAsync(PageStateName, PageId(page), state);
            state.State ??= new ListingState<TItem>();
            _pages[page] = state;
        }));
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
        var writes = pages.Select(page => (Page: page, Write: _storage.WriteStateAsync(PageStateName, PageId(page), _pages[page]))).ToArray();
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

    private async Task MoveSingleDocumentAsync()
    {
        foreach (var (key, item) in _singleDocument.State.Items)
        {
            var page = PageOf(key);
            // A page written since the move began is newer than the old document.
            if (_pages[page].State!.Items.TryAdd(key, item)) _dirty.Add(page);
        }
        await WriteDirtyPagesAsync();
        await _singleDocument.ClearStateAsync();
    }

    private GrainId PageId(int page) => GrainId.Create(PageStateName, $"{this.GetPrimaryKeyString()}#{page}");

    private int PageOf(string key) => Partitions.SubBucket(key, _pages.Length);
}
