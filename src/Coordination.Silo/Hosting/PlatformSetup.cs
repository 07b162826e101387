using Coordination.Silo.Demo;
using Microsoft.Extensions.Options;

namespace Coordination.Silo.Hosting;

/// <summary>
/// Set-up once the silo runs: the default reference data (thematic priorities, flagship windows) on every new installation, the demo data
/// when enabled, and the reminders of the planning-cycle re-scan and of alert ageing. Each data step is recorded as done, so a restart
/// does not redo it and records that users deleted stay deleted; the reminders are registered again at every start.
/// A step of the silo's start (<see cref="SiloStartup.PlatformSetup"/>), so the host answers only once it is done.
/// </summary>
public sealed partial class PlatformSetup(IGrainFactory grains, IOptions<DemoDataOptions> demo, IOptions<OverlapOptions> overlaps, ILogger<PlatformSetup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public const string ReferenceDataStep = "reference-data-v1";
    public const string FlagshipWindowsStep = "flagship-windows-v1";
    public const string DemoDataStep = "demo-data-v1";
    private const string Actor = "setup";

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe<PlatformSetup>(SiloStartup.PlatformSetup, StartAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var setup = grains.GetGrain<ISetupGrain>(0);
        if (!await setup.IsDoneAsync(ReferenceDataStep))
        {
            foreach (var priority in DefaultThematicPriorities.All)
                await grains.GetGrain<IThematicPriorityGrain>(priority.Code).SetAsync(priority);
            await setup.MarkDoneAsync(ReferenceDataStep);
        }
        if (!await setup.IsDoneAsync(FlagshipWindowsStep))
        {
            foreach (var window in FlagshipCalendar.Defaults)
                await grains.GetGrain<IFlagshipCatalogGrain>(0).SetAsync(window);
            await setup.MarkDoneAsync(FlagshipWindowsStep);
        }
        if (demo.Value.Enabled && !await setup.IsDoneAsync(DemoDataStep))
        {
            var data = DemoDataFile.Load();
            await LoadDemoDataAsync(data, cancellationToken);
            await RecheckDemoActivitiesAsync(data, cancellationToken);
            await setup.MarkDoneAsync(DemoDataStep);
        }
        await grains.GetGrain<IOverlapRescanGrain>(0).ScheduleAsync(overlaps.Value.RescanPeriod);
        // At every start, so that a changed Ageing:CheckEvery takes effect.
        await grains.GetGrain<IAlertAgeingGrain>(0).ScheduleAsync();
    }

    private async Task LoadDemoDataAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        // Topics first: task forces, activities and events refer to them.
        foreach (var topic in data.Topics)
            Check(await grains.GetGrain<ITopicGrain>(topic.Id!).CreateAsync(topic, Actor), "topic", topic.Id);
        foreach (var taskForce in data.TaskForces)
            Check(await grains.GetGrain<ITaskForceGrain>(taskForce.Id!).CreateAsync(taskForce, Actor), "task force", taskForce.Id);
        foreach (var office in data.RegionalOffices)
        {
            // As PUT /api/regions/{region}/director does: the grain takes a director already validated.
            var director = RegionalDirectorRules.Validate(office.Director);
            if (director.Value is { } valid) await grains.GetGrain<IRegionalOfficeGrain>(office.Region.ToString()).SetDirectorAsync(valid);
            else LogDemoRecordInvalid("regional director", office.Region.ToString(), Describe(director.Errors));
        }
        await Parallel.ForEachAsync(data.Activities, cancellationToken, async (activity, _) =>
            Check(await grains.GetGrain<IActivityGrain>(activity.Id!).CreateAsync(activity, Actor), "activity", activity.Id));
        // In the file's order, so that its clashes come out the same at every load: whether a flagship window's alert is
        // raised, or carried by the event held in the window, depends on which of two events is registered first.
        foreach (var e in data.Events)
            Check(await grains.GetGrain<IEventGrain>(e.Id!).CreateAsync(e, Actor), "event", e.Id);
        LogDemoDataLoaded(data.Topics.Length, data.TaskForces.Length, data.Activities.Length, data.Events.Length);
    }

    /// <summary>
    /// Each demo activity was checked against those loaded before it, with the term weights of a partial registry. Once the
    /// shards weigh terms over the whole set, each is checked again, before the host answers, so that the first page a new
    /// user opens shows every alert the demo plants.
    /// </summary>
    private async Task RecheckDemoActivitiesAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards).Select(s => grains.GetGrain<IOverlapShardGrain>(s).RefreshStatisticsAsync()));
        await Parallel.ForEachAsync(data.Activities, cancellationToken, async (activity, _) =>
            await grains.GetGrain<IActivityGrain>(activity.Id!).RecheckAsync());
    }

    /// <summary>Demo records that already exist are left as they are; invalid ones are a mistake in demo-data.json and are logged.</summary>
    private void Check<T>(CommandResult<T> result, string kind, string? id)
    {
        if (result.Outcome is CommandOutcome.Invalid)
            LogDemoRecordInvalid(kind, id, Describe(result.Errors));
    }

    /// <summary>Each refused field with what was wrong with it: "title: ...; countries: ...".</summary>
    private static string Describe(Dictionary<string, string[]>? errors) =>
        string.Join("; ", (errors ?? []).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Topics} topics, {TaskForces} task forces, {Activities} activities, {Events} events")]
    private partial void LogDemoDataLoaded(int topics, int taskForces, int activities, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo {Kind} '{Id}' in " + DemoDataFile.FileName + " was refused: {Errors}")]
    private partial void LogDemoRecordInvalid(string kind, string? id, string errors);
}
