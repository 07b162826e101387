using System.Collections.Concurrent;
using Coordination.FaultTests.Infrastructure;
using Coordination.FaultTests.Load;

namespace Coordination.FaultTests.Verification;

/// <summary>
/// From the kill on, measures when the cluster has recovered: a registration through a surviving silo has been
/// acknowledged, and every activity acknowledged by a request sent before the kill reads back (200) through the
/// survivors. Reads go in sweeps; a sweep retries only the ids that have not read back since the kill. Also
/// watches the membership table for the killed silo's row to be marked Dead. Both are polls with a deadline.
/// </summary>
internal sealed class RecoveryMonitor(
    ClusterApi api, Routing routing, Ledger ledger, LoadClock clock, Workload workload,
    PostgreSqlServer postgres, string database, SiloProcess killed)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(180);
    private const int Parallelism = 4;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, double> _readBack = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failedReads = new(StringComparer.Ordinal);

    /// <summary>Seconds since the load started; NaN when it did not happen before the deadline.</summary>
    public double RecoveredAt { get; private set; } = double.NaN;

    public double AllReadBackAt { get; private set; } = double.NaN;

    public double MembershipDeadAt { get; private set; } = double.NaN;

    /// <summary>The killed silo's membership status at the end, for the report.</summary>
    public string MembershipStatus { get; private set; } = "not read";

    public int Sweeps { get; private set; }

    public int IdsChecked => _readBack.Count;

    /// <summary>Ids acknowledged before the kill that failed at least one read after it, with how many failures.</summary>
    public IReadOnlyDictionary<string, int> FailedReads => _failedReads;

    public int ProbesSent { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deadline = ledger.KillAt + Deadline.TotalSeconds;
        await Task.WhenAll(WatchReadsAsync(deadline, cancellationToken), WatchMembershipAsync(deadline, cancellationToken));
    }

    private async Task WatchReadsAsync(double deadline, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        while (clock.Now < deadline)
        {
            if (double.IsNaN(ledger.FirstRegistrationAfterKill))
            {
                ProbesSent++;
                await workload.RegisterActivityAsync(routing.Next(), random, OperationKind.RecoveryProbe, allowDuplicate: false, cancellationToken);
            }

            var pending = ledger.Activities.Values
                .Where(a => a.RequestStart < ledger.KillAt && !_readBack.ContainsKey(a.Id))
                .Select(a => a.Id).ToArray();
            Sweeps++;
            var failures = 0;
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (id, token) =>
                {
                    var response = await api.SendAsync(routing.Next(), HttpMethod.Get, $"/api/activities/{id}", null, Actors.Coordinator, token);
                    if (response.Is(200)) _readBack[id] = clock.Now;
                    else
                    {
                        Interlocked.Increment(ref failures);
                        _failedReads.AddOrUpdate(id, 1, (_, n) => n + 1);
                    }
                });

            var registered = ledger.FirstRegistrationAfterKill;
            if (failures == 0 && !double.IsNaN(registered))
            {
                AllReadBackAt = _readBack.IsEmpty ? ledger.KillAt : _readBack.Values.Max();
                RecoveredAt = Math.Max(AllReadBackAt, registered);
                Progress.Line($"Recovered {RecoveredAt - ledger.KillAt:0.0} s after the kill: {_readBack.Count} activities acknowledged before the kill read back " +
                              $"in {Sweeps} sweep(s), first registration through a survivor {registered - ledger.KillAt:0.0} s after the kill.");
                return;
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
        Progress.Line($"Not recovered within {Deadline.TotalSeconds:0} s of the kill.");
    }

    private async Task WatchMembershipAsync(double deadline, CancellationToken cancellationToken)
    {
        while (clock.Now < deadline)
        {
            try
            {
                var rows = await postgres.ReadMembershipAsync(database, cancellationToken);
                if (rows.Where(r => r.Port == killed.Ports.Silo).OrderBy(r => r.Generation).LastOrDefault() is { } row)
                {
                    MembershipStatus = row.StatusName;
                    if (row.Status == MembershipRow.Dead)
                    {
                        MembershipDeadAt = clock.Now;
                        Progress.Line($"Membership: silo #{killed.Number} marked Dead {MembershipDeadAt - ledger.KillAt:0.0} s after the kill.");
                        return;
                    }
                }
            }
            catch (Npgsql.NpgsqlException failure)
            {
                Progress.Line($"Reading the membership table failed: {failure.Message}");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
