using System.Collections.Concurrent;
using System.Diagnostics;

namespace Coordination.FaultTests.Load;

internal enum OperationKind { RegisterActivity, ReadActivity, RegisterEvent, CheckCalendar, RecoveryProbe }

internal enum Outcome
{
    /// <summary>The expected answer: 201 for a registration, 200 for a read.</summary>
    Ok,

    /// <summary>An answer that is neither success nor a server error (4xx): a mistake of the load or a finding.</summary>
    Rejected,

    /// <summary>No answer, a timeout or a 5xx: the outcome is unknown, nothing is acknowledged.</summary>
    Failed,
}

/// <summary>One request of the load. Times are seconds since the load started.</summary>
internal sealed record OperationRecord(
    OperationKind Kind, int Silo, double Start, double End, int Status, string? Error, Outcome Outcome, string? Id, string? Note);

internal sealed record AcknowledgedActivity(string Id, string Sector, double RequestStart, double AcknowledgedAt, string? DuplicateOf);

internal sealed record AcknowledgedEvent(string Id, double RequestStart, double AcknowledgedAt);

/// <summary>An acknowledged activity with its own text, which a later registration may duplicate.</summary>
internal sealed record PairBase(string Id, string Sector, string Title, string Description, string Country);

/// <summary>The load's clock: seconds since the load started, and the wall-clock time of such an offset.</summary>
internal sealed class LoadClock
{
    private long _startTimestamp;
    private DateTimeOffset _startUtc;

    public void Start()
    {
        _startUtc = DateTimeOffset.UtcNow;
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    public double Now => Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds;

    public DateTimeOffset UtcAt(double offset) => _startUtc.AddSeconds(offset);

    public double OffsetOf(DateTimeOffset utc) => (utc - _startUtc).TotalSeconds;
}

/// <summary>Which silos the load sends to: round-robin over the live ones.</summary>
internal sealed class Routing(int silos)
{
    private int[] _live = [.. Enumerable.Range(0, silos)];
    private int _next = -1;

    public int[] Live => Volatile.Read(ref _live);

    public int Next()
    {
        var live = Live;
        return live[(Interlocked.Increment(ref _next) & int.MaxValue) % live.Length];
    }

    public void Remove(int silo) => Volatile.Write(ref _live, [.. _live.Where(s => s != silo)]);
}

/// <summary>Everything the load learnt: what was acknowledged, what failed, every request.</summary>
internal sealed class Ledger
{
    private readonly Lock _gate = new();
    private readonly List<string> _activityIds = [];
    private int _activityNumber;
    private int _eventNumber;
    private double _firstRegistrationAfterKill = double.NaN;
    private double _killAt = double.NaN;

    public ConcurrentDictionary<string, AcknowledgedActivity> Activities { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, AcknowledgedEvent> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Registrations whose outcome is unknown (no answer, timeout, 5xx): their ids, to see later whether they were stored anyway.</summary>
    public ConcurrentDictionary<string, OperationKind> Unacknowledged { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<OperationRecord> Records { get; } = new();

    public ConcurrentQueue<PairBase> PairBases { get; } = new();

    /// <summary>Reads during the load that answered 404 for an acknowledged activity.</summary>
    public ConcurrentQueue<string> ReadMisses { get; } = new();

    /// <summary>Calendar checks that lacked events acknowledged before they were sent: the check's start and the missing ids.</summary>
    public ConcurrentQueue<(double At, string[] Missing)> CalendarGaps { get; } = new();

    /// <summary>Seconds since the load started at which silo #2 was killed; NaN before.</summary>
    public double KillAt
    {
        get => Volatile.Read(ref _killAt);
        set => Volatile.Write(ref _killAt, value);
    }

    /// <summary>The killed silo, 0-based; -1 before the kill.</summary>
    public int KilledSilo { get; set; } = -1;

    public string NextActivityId() => $"act-{Interlocked.Increment(ref _activityNumber):D5}";

    public string NextEventId() => $"evt-{Interlocked.Increment(ref _eventNumber):D5}";

    public int ActivityNumbersUsed => Volatile.Read(ref _activityNumber);

    public void Acknowledge(AcknowledgedActivity activity)
    {
        Activities[activity.Id] = activity;
        lock (_gate)
        {
            _activityIds.Add(activity.Id);
            // The first registration sent after the kill that a survivor acknowledged.
            if (!double.IsNaN(KillAt) && activity.RequestStart >= KillAt
                && (double.IsNaN(_firstRegistrationAfterKill) || activity.AcknowledgedAt < _firstRegistrationAfterKill))
                _firstRegistrationAfterKill = activity.AcknowledgedAt;
        }
    }

    public double FirstRegistrationAfterKill
    {
        get { lock (_gate) return _firstRegistrationAfterKill; }
    }

    public string? RandomActivityId(Random random)
    {
        lock (_gate) return _activityIds.Count == 0 ? null : _activityIds[random.Next(_activityIds.Count)];
    }

    public void Record(OperationRecord record) => Records.Enqueue(record);
}
