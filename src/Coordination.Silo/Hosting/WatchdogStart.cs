using System.Reflection;

namespace Coordination.Silo.Hosting;

/// <summary>
/// Orleans 10.4's silo watchdog (Orleans.Runtime.Watchdog.Start) starts its platform thread before it stamps the time
/// of the last participant check. That thread's first tick reads the stamp still at 0, and a Stopwatch timestamp of 0
/// is the machine's boot (Linux counts CLOCK_MONOTONIC from it): every start logged "Participant check thread has not
/// completed for {the machine's uptime} ... deadlock, CPU starvation" and recorded a false stall in the silo's local
/// health for the next minute. Stamping that field just before the watchdog starts closes the race. Should a later
/// Orleans rename it, nothing is stamped and the silo runs as before; WatchdogStartTests then fail, to say so.
/// </summary>
internal sealed partial class WatchdogStart(IServiceProvider services, ILogger<WatchdogStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    internal static readonly Type? WatchdogType = Type.GetType("Orleans.Runtime.Watchdog, Orleans.Runtime");

    internal static readonly FieldInfo? LastParticipantCheck =
        WatchdogType?.GetField("_componentWatchdogTimestamp", BindingFlags.Instance | BindingFlags.NonPublic) is { FieldType: var t } f && t == typeof(long) ? f : null;

    private static readonly FieldInfo? Clock = WatchdogType?.GetField("_timeProvider", BindingFlags.Instance | BindingFlags.NonPublic);

    public void Participate(ISiloLifecycle lifecycle) =>
        // The watchdog starts at RuntimeGrainServices; just before it, so that nothing runs between the stamp and the start.
        lifecycle.Subscribe(nameof(WatchdogStart), ServiceLifecycleStage.RuntimeGrainServices - 1, _ =>
        {
            Stamp();
            return Task.CompletedTask;
        });

    /// <summary>Stamps the watchdog's last participant check with now, on its own clock; false when the watchdog is not as expected.</summary>
    internal bool Stamp()
    {
        if (WatchdogType is null || LastParticipantCheck is null || services.GetService(WatchdogType) is not { } watchdog)
        {
            LogNotStamped();
            return false;
        }
        var clock = Clock?.GetValue(watchdog) as TimeProvider ?? TimeProvider.System;
        LastParticipantCheck.SetValue(watchdog, clock.GetTimestamp());
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The Orleans watchdog is not the one WatchdogStart knows; its first tick may report a stall as long as the machine's uptime.")]
    private partial void LogNotStamped();
}
