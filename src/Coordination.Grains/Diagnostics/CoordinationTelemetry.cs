using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Coordination.Grains.Diagnostics;

/// <summary>The platform's own activity source and meter, next to Orleans' ones.</summary>
public static class CoordinationTelemetry
{
    public const string Name = "Coordination";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Records created, updated or deleted, tagged by kind (activity, event...) and operation.</summary>
    public static readonly Counter<long> RecordsWritten =
        Meter.CreateCounter<long>("coordination.records.written", description: "Records created, updated or deleted");

    /// <summary>Commands refused for invalid input or a stale version, tagged by kind and outcome.</summary>
    public static readonly Counter<long> CommandsRefused =
        Meter.CreateCounter<long>("coordination.commands.refused", description: "Commands refused as invalid or conflicting");

    /// <summary>Duration of one overlap check across every index shard.</summary>
    public static readonly Histogram<double> DetectionDuration =
        Meter.CreateHistogram<double>("coordination.overlap.check.duration", unit: "ms", description: "Overlap check latency");

    /// <summary>Duration of one event clash check: the region's calendar, the audience calendars and the flagship months.</summary>
    public static readonly Histogram<double> ClashCheckDuration =
        Meter.CreateHistogram<double>("coordination.clash.check.duration", unit: "ms", description: "Event clash check latency");

    /// <summary>Alerts raised or reopened, tagged by kind and severity.</summary>
    public static readonly Counter<long> AlertsRaised =
        Meter.CreateCounter<long>("coordination.alerts.raised", description: "Duplication and clash alerts raised or reopened");

    /// <summary>Follow-up work of a stored change (listings, inboxes) that failed and was left to its retry timer, tagged by work.</summary>
    public static readonly Counter<long> FollowUpsDeferred =
        Meter.CreateCounter<long>("coordination.follow_ups.deferred", description: "Follow-ups of stored changes that failed and are being retried");

    /// <summary>
    /// Follow-ups given up: their error cannot be mended by a retry (reason "error") or they failed every attempt
    /// (reason "attempts"), tagged by work and reason. Each is logged once as an error.
    /// </summary>
    public static readonly Counter<long> FollowUpsAbandoned =
        Meter.CreateCounter<long>("coordination.follow_ups.abandoned", description: "Follow-ups of stored changes given up as unable to succeed");
}
