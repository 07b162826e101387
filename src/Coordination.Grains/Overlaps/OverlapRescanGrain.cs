using Coordination.Grains.Records;
using Microsoft.Extensions.Logging;

namespace Coordination.Grains.Overlaps;

[GenerateSerializer, Alias("coordination.RescanState")]
public sealed class RescanState
{
    [Id(0)] public RescanProgress Progress { get; set; } = new(false, null, null, 0, 0, 0, 0);
}

/// <summary>
/// Re-checks every activity at the start of each planning cycle (a reminder) or on request. Each
/// activity's check is idempotent, so a re-scan cut short by a restart is simply run again.
/// </summary>
public sealed partial class OverlapRescanGrain(
    [PersistentState(StorageNames.OverlapRescan, StorageNames.Provider)] IPersistentState<RescanState> state,
    TimeProvider clock,
    ILogger<OverlapRescanGrain> logger) : Grain, IOverlapRescanGrain, IRemindable
{
    private const string ReminderName = "planning-cycle-rescan";
    private const int Parallelism = 16;
    private const int ProgressEvery = 500;

    private Task? _running;

    public Task<RescanProgress> GetProgressAsync() => Task.FromResult(state.State.Progress);

    public async Task ScheduleAsync(TimeSpan period)
    {
        // The first tick comes one period after the last scan, so restarting the silo does not postpone it forever.
        var last = state.State.Progress.StartedAt ?? clock.GetUtcNow();
        var due = last + period - clock.GetUtcNow();
        await this.RegisterOrUpdateReminder(ReminderName, due < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : due, period);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => StartAsync();

    public async Task<RescanProgress> StartAsync()
    {
        if (_running is { IsCompleted: false }) return state.State.Progress;
        state.State.Progress = new RescanProgress(true, clock.GetUtcNow(), null, 0, 0, 0, 0);
        await state.WriteStateAsync();
        _running = RunAsync();
        return state.State.Progress;
    }

    private async Task RunAsync()
    {
        try
        {
            await ScanAsync();
        }
        catch (Exception exception)
        {
            // The scan stops, says so, and can be started again: every check in it is idempotent.
            LogScanFailed(exception);
            await SaveAsync(state.State.Progress with { Running = false, FinishedAt = clock.GetUtcNow(), Failed = state.State.Progress.Failed + 1 });
        }
    }

    private async Task ScanAsync()
    {
        var ids = (await Listings.ActivitiesAsync(GrainFactory, Enum.GetValues<Sector>())).Select(a => a.Id).ToArray();
        var progress = state.State.Progress with { Total = ids.Length };
        LogStarted(ids.Length);
        foreach (var chunk in ids.Chunk(Parallelism))
        {
            DelayDeactivation(TimeSpan.FromMinutes(10));
            var results = await Task.WhenAll(chunk.Select(RecheckAsync));
            progress = progress with
            {
                Done = progress.Done + chunk.Length,
                AlertsRaised = progress.AlertsRaised + results.Where(r => r > 0).Sum(),
                Failed = progress.Failed + results.Count(r => r < 0),
            };
            if (progress.Done % ProgressEvery < Parallelism || progress.Done == progress.Total) await SaveAsync(progress);
        }
        await SaveAsync(progress with { Running = false, FinishedAt = clock.GetUtcNow() });
        LogFinished(progress.Done, progress.AlertsRaised, progress.Failed);
    }

    /// <returns>Alerts raised, or -1 when the activity could not be checked (it is counted and the scan goes on).</returns>
    private async Task<int> RecheckAsync(string activityId)
    {
        try
        {
            return await GrainFactory.GetGrain<IActivityGrain>(activityId).RecheckAsync();
        }
        catch (Exception exception)
        {
            LogRecheckFailed(exception, activityId);
            return -1;
        }
    }

    private async Task SaveAsync(RescanProgress progress)
    {
        state.State.Progress = progress;
        await state.WriteStateAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overlap re-scan started over {Total} activities")]
    private partial void LogStarted(int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Overlap re-scan finished: {Done} activities checked, {Raised} alerts raised or reopened, {Failed} failed")]
    private partial void LogFinished(int done, int raised, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Overlap re-scan stopped")]
    private partial void LogScanFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overlap re-scan could not check activity {ActivityId}")]
    private partial void LogRecheckFailed(Exception exception, string activityId);
}
