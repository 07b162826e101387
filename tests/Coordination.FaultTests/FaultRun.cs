using System.Diagnostics;
using Coordination.FaultTests.Infrastructure;
using Coordination.FaultTests.Load;
using Coordination.FaultTests.Verification;

namespace Coordination.FaultTests;

/// <summary>Everything the report needs, gathered by <see cref="FaultRun"/>.</summary>
internal sealed record Findings(
    FaultOptions Options,
    int Budget,
    TimeSpan Setup,
    TimeSpan LoadDuration,
    TimeSpan Verification,
    Ledger Ledger,
    SiloProcess[] Silos,
    RecoveryMonitor Recovery,
    HashSet<string>? ListedActivities,
    HashSet<string>? CalendarEvents,
    ReadBack ActivitiesRead,
    ReadBack EventsRead,
    ReadBack UnacknowledgedRead,
    RescanCheck Rescan,
    DateTimeOffset KilledAtUtc,
    AlertCheck Alerts,
    HashSet<string>? ListedAtEnd,
    HashSet<string>? CalendarAtEnd,
    double EndAfterKill);

/// <summary>One run: PostgreSQL, the silos, the load with a SIGKILL half-way, the checks, the report; and clean-up whatever happens.</summary>
internal sealed class FaultRun(FaultOptions options)
{
    private const string Database = "coordination";
    private const int KilledSilo = 1; // silo #2, 0-based
    private static readonly TimeSpan SiloStartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RescanDeadline = TimeSpan.FromSeconds(150);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var siloAssembly = await ClusterSetup.StepAsync(() => Task.FromResult(BuiltSilo.Locate()));
        var work = Directory.CreateTempSubdirectory("coordination-fault-").FullName;
        var dataDirectory = Directory.CreateDirectory(Path.Combine(work, "data")).FullName;
        var logDirectory = Directory.CreateDirectory(Path.Combine(work, "logs")).FullName;
        PostgreSqlServer? postgres = null;
        var silos = new List<SiloProcess>();
        ClusterApi? api = null;
        try
        {
            var setup = Stopwatch.StartNew();
            Progress.Line($"Host: {siloAssembly}");
            Progress.Line("Starting PostgreSQL (initdb, pg_ctl start, max_connections=300)...");
            postgres = await ClusterSetup.StepAsync(() => PostgreSqlServer.StartAsync(ClusterSetup.PostgreSql, cancellationToken));
            await postgres.CreateDatabaseAsync(Database, cancellationToken);
            // README: keep silos x Maximum Pool Size under max_connections (300); 3 x 90 leaves room for this program.
            var connectionString = postgres.ConnectionString(Database, maximumPoolSize: 90);
            Progress.Line($"PostgreSQL on 127.0.0.1:{postgres.Port}; db migrate: {(await ClusterSetup.MigrateAsync(siloAssembly, connectionString, cancellationToken)).Split('\n')[^1]}");

            var ports = LoopbackPorts.Reserve(3 * options.Silos);
            for (var i = 0; i < options.Silos; i++)
            {
                var siloPorts = new SiloPorts(ports[3 * i], ports[3 * i + 1], ports[3 * i + 2]);
                silos.Add(SiloProcess.Start(ClusterSetup.Silo(i + 1, siloPorts, siloAssembly, dataDirectory, connectionString, Path.Combine(logDirectory, $"silo-{i + 1}.log"))));
                Progress.Line($"Silo #{i + 1} starting: API :{siloPorts.Http}, silo :{siloPorts.Silo}, gateway :{siloPorts.Gateway}");
                // The first silo creates the cluster; the others join it together.
                if (i == 0) await ClusterSetup.StepAsync(() => silos[0].WaitUntilReadyAsync(SiloStartTimeout, cancellationToken));
            }
            await ClusterSetup.StepAsync(() => Task.WhenAll(silos.Select(s => s.WaitUntilReadyAsync(SiloStartTimeout, cancellationToken))));
            await WaitForActiveMembershipAsync(postgres, options.Silos, cancellationToken);

            api = new ClusterApi(silos.Select(s => s.BaseAddress));
            await api.SignInAsync(Actors.AllUsers, cancellationToken);
            for (var i = 0; i < silos.Count; i++)
            {
                var me = await api.SendAsync(i, HttpMethod.Get, "/api/me", null, Actors.SectorUsers[0].User, cancellationToken);
                if (!me.Is(200)) throw new SetupException($"Silo #{i + 1} refused a token issued by silo #1 ({me.Error ?? me.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}): is the data folder shared?");
            }
            setup.Stop();
            Progress.Line($"Cluster of {options.Silos} silos ready in {setup.Elapsed.TotalSeconds:0.0} s; tokens valid on every silo.");

            // The load, with the SIGKILL half-way.
            var clock = new LoadClock();
            var ledger = new Ledger();
            var routing = new Routing(options.Silos);
            var seed = Environment.TickCount;
            var workload = new Workload(api, routing, ledger, clock, options.Seconds, seed);
            Progress.Line($"Load: {Workload.Workers} workers, at most {Workload.OperationsPerSecond:0} operations/s and {workload.Budget} in all, for {options.Seconds} s (seed {seed}).");
            clock.Start();
            var load = workload.RunAsync(cancellationToken);

            // Timed fault injection (not a synchronisation): the kill comes at half the load.
            var killAt = options.Seconds / 2.0;
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(killAt), cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
            if (load.IsCompleted) await load; // surfaces an exception of the load
            var victim = silos[KilledSilo];
            ledger.KilledSilo = KilledSilo;
            var killedAtUtc = DateTimeOffset.UtcNow;
            ledger.KillAt = clock.Now;
            await victim.KillAsync("SIGKILL sent by the fault test");
            routing.Remove(KilledSilo);
            foreach (var survivor in silos.Where(s => s != victim)) survivor.WriteMarker($"silo #{victim.Number} killed by the fault test");
            Progress.Line($"SIGKILL to silo #{victim.Number} at {ledger.KillAt:0.0} s into the load ({ledger.Activities.Count} activities and {ledger.Events.Count} events acknowledged so far).");

            var recovery = new RecoveryMonitor(api, routing, ledger, clock, workload, postgres, Database, victim);
            var recovering = recovery.RunAsync(cancellationToken);
            await load;
            var loadDuration = TimeSpan.FromSeconds(clock.Now);
            Progress.Line($"Load finished after {loadDuration.TotalSeconds:0.0} s: {ledger.Records.Count} requests.");
            await recovering;

            // Verification through the survivors.
            var verification = Stopwatch.StartNew();
            var verifier = new Verifier(api, routing, ledger);
            Progress.Line("Listing the sector indexes and the Africa calendar...");
            var listed = await verifier.ListActivitiesAsync(cancellationToken);
            var calendar = await verifier.ListCalendarAsync(cancellationToken);
            Progress.Line($"Reading back {ledger.Activities.Count} acknowledged activities and {ledger.Events.Count} acknowledged events...");
            var activitiesRead = await verifier.ReadBackAsync(ledger.Activities.Keys.ToArray(), id => $"/api/activities/{id}", cancellationToken);
            var eventsRead = await verifier.ReadBackAsync(ledger.Events.Keys.ToArray(), id => $"/api/events/{id}", cancellationToken);
            var unacknowledgedRegistrations = ledger.Unacknowledged.Where(u => u.Value is not (OperationKind.ReadActivity or OperationKind.CheckCalendar)).ToArray();
            var unacknowledgedRead = await verifier.ReadBackAsync(unacknowledgedRegistrations.Select(u => u.Key).ToArray(),
                id => id.StartsWith("evt-", StringComparison.Ordinal) ? $"/api/events/{id}" : $"/api/activities/{id}", cancellationToken, confirmNotFound: false);
            Progress.Line($"Found {activitiesRead.Found.Length + eventsRead.Found.Length} of {ledger.Activities.Count + ledger.Events.Count}. " +
                          $"Waiting up to {RescanDeadline.TotalSeconds:0} s for a re-scan that starts after the kill...");
            var rescan = await verifier.WaitForRescanAsync(killedAtUtc, RescanDeadline, cancellationToken);
            Progress.Line(rescan.StartedAfterKill
                ? $"Re-scan started {(rescan.StartedAt!.Value - killedAtUtc).TotalSeconds:0.0} s after the kill; {(rescan.FinishedAfterKill ? "finished" : "not finished")}."
                : "No re-scan started after the kill before the deadline.");
            Progress.Line("Checking the alerts...");
            var alerts = await verifier.CheckAlertsAsync(cancellationToken);
            // Listed once more at the very end: does a listing that was behind catch up by itself?
            var listedAtEnd = await verifier.ListActivitiesAsync(cancellationToken);
            var calendarAtEnd = await verifier.ListCalendarAsync(cancellationToken);
            var endAfterKill = clock.Now - ledger.KillAt;
            verification.Stop();

            var findings = new Findings(options, workload.Budget, setup.Elapsed, loadDuration, verification.Elapsed, ledger, [.. silos], recovery,
                listed, calendar, activitiesRead, eventsRead, unacknowledgedRead, rescan, killedAtUtc, alerts, listedAtEnd, calendarAtEnd, endAfterKill);
            return Report.Print(findings);
        }
        finally
        {
            await CleanUpAsync(api, silos, postgres, work, logDirectory);
        }
    }

    /// <summary>Polls the membership table (with a deadline) until every silo is Active, so the load starts on a whole cluster.</summary>
    private static async Task WaitForActiveMembershipAsync(PostgreSqlServer postgres, int silos, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var rows = await postgres.ReadMembershipAsync(Database, cancellationToken);
            if (rows.Count(r => r.Status == MembershipRow.Active) >= silos) return;
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                throw new SetupException($"After 60 s the membership table shows {string.Join(", ", rows.Select(r => $":{r.Port} {r.StatusName}"))}, not {silos} Active silos.");
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private async Task CleanUpAsync(ClusterApi? api, List<SiloProcess> silos, PostgreSqlServer? postgres, string work, string logDirectory)
    {
        api?.Dispose();
        foreach (var silo in silos) await silo.DisposeAsync();
        if (options.LogsDirectory is { } keep)
        {
            try
            {
                var target = Directory.CreateDirectory(keep).FullName;
                foreach (var file in Directory.GetFiles(logDirectory)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
                if (postgres is not null && File.Exists(postgres.LogFile)) File.Copy(postgres.LogFile, Path.Combine(target, "postgresql.log"), overwrite: true);
                Progress.Line($"Logs copied to {target}");
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                Progress.Line($"Could not copy the logs to {keep}: {failure.Message}");
            }
        }
        if (postgres is not null) await postgres.DisposeAsync();
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            Progress.Line($"Could not delete {work}: {failure.Message}");
        }
        Progress.Line("Silos and PostgreSQL stopped; temporary folders removed.");
    }
}
