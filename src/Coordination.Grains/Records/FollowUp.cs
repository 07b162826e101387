using Coordination.Grains.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>
/// Work that follows a stored change and must not be lost (telling the listings that show a record, the inboxes
/// that show an alert). The change is acknowledged once stored; the follow-up is tried at once and, if it fails (a
/// grain on a silo that just died, a storage outage), logged and retried on a timer while the grain is active. The
/// grain finishes a follow-up a crash left behind when it next activates: a record by a flag stored with the
/// change, an alert by telling its inboxes again. The work must be idempotent, and do nothing once done.
/// </summary>
/// <remarks>
/// Nothing is kept per grain unless the work fails: there are hundreds of thousands of alerts in memory. A change
/// that fails while an earlier one is still being retried gets a timer of its own; each stops once the work is done.
/// </remarks>
internal static partial class FollowUp
{
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(5);

    /// <param name="work">What is followed up, for the log and the metric: "listings", "inboxes".</param>
    /// <param name="complete">The work itself; a failure is logged and left to a retry timer, never to the caller.</param>
    public static async Task RunOrRetryAsync(Grain grain, string work, Func<Task> complete)
    {
        try
        {
            await complete();
        }
        catch (Exception exception) when (exception is not InconsistentStateException)
        {
            CoordinationTelemetry.FollowUpsDeferred.Add(1, new KeyValuePair<string, object?>("work", work));
            LogDeferred(grain.GrainContext.ActivationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FollowUp)),
                exception, work, grain.GetGrainId(), RetryPeriod.TotalSeconds);
            var retry = new Retry(complete);
            retry.Timer = grain.RegisterGrainTimer(static (r, _) => r.RunAsync(), retry,
                new GrainTimerCreationOptions(RetryPeriod, RetryPeriod) { KeepAlive = true });
        }
    }

    /// <summary>A failing attempt throws, and the timer ticks again; the first that succeeds stops it.</summary>
    private sealed class Retry(Func<Task> complete)
    {
        public IGrainTimer? Timer { get; set; }

        public async Task RunAsync()
        {
            await complete();
            Timer?.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Updating the {Work} of {Grain} failed; the change is stored and the update is retried every {Seconds} s")]
    private static partial void LogDeferred(ILogger logger, Exception exception, string work, GrainId grain, double seconds);
}
