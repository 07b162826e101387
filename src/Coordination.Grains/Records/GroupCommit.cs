namespace Coordination.Grains.Records;

/// <summary>
/// Group commit for a grain's writes: a write requested while none is under way starts at once; those requested
/// while one is under way are served together by the next one. Each caller's task completes when a write that
/// started after its request completes, so a change is stored when its caller hears back. Used on the grain's
/// scheduler only (no locks): the write delegate must take its snapshot before its first await.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private Task _writing = Task.CompletedTask;
    private Task? _next;

    public Task RequestAsync()
    {
        if (_next is not null) return _next;
        if (_writing.IsCompleted) return _writing = write();
        return _next = WriteAfterAsync(_writing);
    }

    private async Task WriteAfterAsync(Task previous)
    {
        // The previous batch's callers see its failure; this batch writes again either way.
        try { await previous; } catch { }
        _writing = _next!;
        _next = null;
        await write();
    }
}
