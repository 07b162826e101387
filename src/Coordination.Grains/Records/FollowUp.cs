using Coordination.Grains.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coordination.Grains.Records;

/// <summary>
/// Work that follows a stored change and must not be lost (telling the listings that show a record, the inboxes
/// that show an alert). The change is acknowledged once stored; the follow-up is tried at once and, if it fails (a
/// grain on a silo that just died, a storage outage), logged and retried on a timer while the grain is active, from
/// every 5 s to every minute. The grain finishes a follow-up a crash left behind when it next activates: a record
/// by a flag stored with the change, an alert by telling its inboxes again. The work must be idempotent, and do
/// nothing once done. Work that can never succeed is given up, logged once as an error and counted: at once when
/// its error is one that the same state raises every time (<see cref="CannotSucceed"/>), else after
/// <see cref="MaxAttempts"/> attempts (about an hour); the grain's next activation tries it again.
/// </summary>
/// <remarks>
/// An instance is the retry under way; none exists unless the work failed (there are hundreds of thousands of
/// alerts in memory). The grain keeps it and hands it to its next run, so that one timer at most retries its work.
/// </remarks>
internal sealed partial class FollowUp
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(1);
    public const int MaxAttempts = 64;

    private readonly Grain _grain;
    private readonly string _work;
    private readonly Func<Task> _complete;
    private readonly IGrainTimer _timer;
    private TimeSpan _period = FirstRetry;
    private int _attempts = 1;
    private bool _done;

    private FollowUp(Grain grain, string work, Func<Task> complete)
    {
        (_grain, _work, _complete) = (grain, work, complete);
        _timer = grain.RegisterGrainTimer(static (retry, _) => retry.RetryAsync(), this,
            new GrainTimerCreationOptions(FirstRetry, FirstRetry) { KeepAlive = true });
    }

    /// <param name="work">What is followed up, for the log and the metric: "listings", "inboxes".</param>
    /// <param name="complete">The work itself; a failure is logged and left to the retry, never to the caller.</param>
    /// <param name="underWay">The retry the grain keeps from its last run, if any.</param>
    /// <returns>The retry under way now, for the grain to keep; null once the work is done.</returns>
    public static async Task<FollowUp?> RunOrRetryAsync(Grain grain, string work, Func<Task> complete, FollowUp? underWay)
    {
        try
        {
            await complete();
            underWay?.Stop();
            return null;
        }
        catch (Exception exception) when (CannotSucceed(exception))
        {
            var attempts = underWay is { _done: false } ? underWay._attempts + 1 : 1;
            underWay?.Stop();
            GiveUp(grain, work, exception, attempts);
            return null;
        }
        catch (Exception exception)
        {
            CoordinationTelemetry.FollowUpsDeferred.Add(1, new KeyValuePair<string, object?>("work", work));
            LogFailed(Logger(grain), exception, work, grain.GetGrainId(), FirstRetry.TotalSeconds);
            return underWay is { _done: false } ? underWay : new FollowUp(grain, work, complete);
        }
    }

    private async Task RetryAsync()
    {
        try
        {
            await _complete();
            Stop();
        }
        catch (Exception exception)
        {
            if (++_attempts >= MaxAttempts || CannotSucceed(exception))
            {
                Stop();
                GiveUp(_grain, _work, exception, _attempts);
                return;
            }
            _period = TimeSpan.FromTicks(Math.Min(_period.Ticks * 2, LongestRetry.Ticks));
            _timer.Change(_period, _period);
            LogFailed(Logger(_grain), exception, _work, _grain.GetGrainId(), _period.TotalSeconds);
        }
    }

    /// <summary>
    /// Errors that the same work on the same stored state raises every time (a date out of range, an argument the
    /// code refuses): unlike an outage, a retry cannot mend them.
    /// </summary>
    public static bool CannotSucceed(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(CannotSucceed),
        ArgumentException or FormatException or OverflowException or InvalidCastException or NullReferenceException
            or IndexOutOfRangeException or KeyNotFoundException or NotSupportedException => true,
        _ => false,
    };

    private static void GiveUp(Grain grain, string work, Exception exception, int attempts)
    {
        var reason = CannotSucceed(exception) ? "error" : "attempts";
        CoordinationTelemetry.FollowUpsAbandoned.Add(1, new("work", work), new("reason", reason));
        LogAbandoned(Logger(grain), exception, work, grain.GetGrainId(), attempts);
    }

    private void Stop()
    {
        _done = true;
        _timer.Dispose();
    }

    private static ILogger Logger(Grain grain) =>
        grain.GrainContext.ActivationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FollowUp));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Updating the {Work} of {Grain} failed; the change is stored and the update is tried again in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work, GrainId grain, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Updating the {Work} of {Grain} cannot succeed; given up after {Attempts} attempt(s). The change is stored, and the grain tries again when it next activates")]
    private static partial void LogAbandoned(ILogger logger, Exception exception, string work, GrainId grain, int attempts);
}
