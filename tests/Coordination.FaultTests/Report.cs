using System.Globalization;
using System.Text;
using Coordination.FaultTests.Load;

namespace Coordination.FaultTests;

/// <summary>The human-readable report on stdout, ending with the one machine-readable line; returns the exit code.</summary>
internal static class Report
{
    public static int Print(Findings f)
    {
        var ledger = f.Ledger;
        var kill = ledger.KillAt;
        var victim = f.Silos[ledger.KilledSilo];
        var records = ledger.Records.ToArray();
        var o = new StringBuilder();
        var s = CultureInfo.InvariantCulture;

        o.AppendLine($"Coordination fault test: {f.Options.Silos} silos on PostgreSQL, load for {f.Options.Seconds} s, silo #{victim.Number} killed with SIGKILL at {kill:0.0} s");
        o.AppendLine($"Durations: setup {f.Setup.TotalSeconds:0.0} s, load {f.LoadDuration.TotalSeconds:0.0} s, verification {f.Verification.TotalSeconds:0.0} s, total {Progress.Elapsed.TotalSeconds:0.0} s");
        o.AppendLine($"Load: {Workload.Workers} workers with one request in flight each, at most {Workload.OperationsPerSecond:0} operations/s ({f.Budget} in all), round-robin over the live silos; {records.Length} requests sent");
        foreach (var kind in Enum.GetValues<OperationKind>())
        {
            var ofKind = records.Where(r => r.Kind == kind).ToArray();
            if (ofKind.Length == 0) continue;
            var ok = ofKind.Count(r => r.Outcome == Outcome.Ok);
            o.AppendLine($"  {Name(kind),-18} {ofKind.Length,5} sent: {ok,5} {(kind is OperationKind.ReadActivity or OperationKind.CheckCalendar ? "answered 200" : "acknowledged (201)")}, " +
                            $"{ofKind.Count(r => r.Outcome == Outcome.Failed)} failed, {ofKind.Count(r => r.Outcome == Outcome.Rejected)} rejected (4xx)");
        }

        // Failed attempts: where, why, when.
        var failed = records.Where(r => r.Outcome == Outcome.Failed).ToArray();
        o.AppendLine($"Unacknowledged (failed) attempts: {failed.Length} ({string.Join(", ", failed.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => $"{Name(g.Key)} {g.Count()}"))})");
        foreach (var (label, group) in new[]
                 {
                     ($"to the killed silo #{victim.Number}", failed.Where(r => r.Silo == ledger.KilledSilo).ToArray()),
                     ("to the survivors", failed.Where(r => r.Silo != ledger.KilledSilo).ToArray()),
                 })
        {
            if (group.Length == 0) continue;
            o.AppendLine($"  {label}: {group.Length}: {string.Join(", ", group.GroupBy(r => r.Error ?? "?").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}"))}");
        }
        if (failed.Length > 0)
        {
            var before = failed.Count(r => r.Start < kill);
            var afterRecovery = double.IsNaN(f.Recovery.RecoveredAt) ? 0 : failed.Count(r => r.Start > f.Recovery.RecoveredAt);
            o.AppendLine($"  sent between {Signed(failed.Min(r => r.Start) - kill)} s and {Signed(failed.Max(r => r.Start) - kill)} s relative to the kill ({before} sent before it, {afterRecovery} after the recovery); " +
                            $"by second after the kill: {string.Join(" ", failed.GroupBy(r => (int)Math.Floor(r.Start - kill)).OrderBy(g => g.Key).Select(g => $"[{(g.Key < 0 ? "" : "+")}{g.Key}s]{g.Count()}"))}");
        }
        var unacknowledgedRegistrations = f.UnacknowledgedRead.Asked;
        if (unacknowledgedRegistrations > 0)
            o.AppendLine($"  of the {unacknowledgedRegistrations} registrations without acknowledgement, {f.UnacknowledgedRead.Found.Length} were stored anyway" +
                            (f.UnacknowledgedRead.Found.Length > 0 ? $" ({Sample(f.UnacknowledgedRead.Found)})" : "") +
                            (f.UnacknowledgedRead.Unreachable.Length > 0 ? $", {f.UnacknowledgedRead.Unreachable.Length} could not be asked" : ""));
        var storedAnyway = f.UnacknowledgedRead.Found;
        if (storedAnyway.Length > 0 && f.ListedActivities is { } listedNow && f.CalendarEvents is { } calendarNow)
        {
            var unlisted = storedAnyway.Where(id => id.StartsWith("evt-", StringComparison.Ordinal) ? !calendarNow.Contains(id) : !listedNow.Contains(id))
                .Order(StringComparer.Ordinal).ToArray();
            o.AppendLine($"  of those stored anyway, {unlisted.Length} are missing from their listing (sector listing or calendar) after the load" +
                         (unlisted.Length > 0 ? $": {Sample(unlisted, 20)}" : ""));
            if (unlisted.Length > 0 && f.ListedAtEnd is { } listedAtEnd && f.CalendarAtEnd is { } calendarAtEnd)
                o.AppendLine($"  and {unlisted.Count(id => id.StartsWith("evt-", StringComparison.Ordinal) ? !calendarAtEnd.Contains(id) : !listedAtEnd.Contains(id))} of them " +
                             $"are still missing at the end, {f.EndAfterKill:0} s after the kill");
        }
        var rejected = records.Where(r => r.Outcome == Outcome.Rejected && r.Kind != OperationKind.ReadActivity).ToArray();
        if (rejected.Length > 0)
            o.AppendLine($"  rejected registrations (a fault of the load, or a finding): {rejected.Length}, e.g. {rejected[0].Status} {rejected[0].Note}");

        // Acknowledged and found.
        var planted = ledger.Activities.Values.Count(a => a.DuplicateOf is not null);
        var acknowledged = ledger.Activities.Count + ledger.Events.Count;
        var found = f.ActivitiesRead.Found.Length + f.EventsRead.Found.Length;
        o.AppendLine($"Acknowledged registrations: {acknowledged} (activities {ledger.Activities.Count}, of which {planted} planted near-duplicates; events {ledger.Events.Count})");
        o.AppendLine($"Found afterwards: {found} (activities {f.ActivitiesRead.Found.Length}, events {f.EventsRead.Found.Length})");
        foreach (var (what, read) in new[] { ("activities", f.ActivitiesRead), ("events", f.EventsRead) })
        {
            if (read.NotFound.Length > 0) o.AppendLine($"  LOST {what} (acknowledged, now 404): {read.NotFound.Length}: {Sample(read.NotFound, 20)}");
            if (read.Unreachable.Length > 0) o.AppendLine($"  {what} that could not be read (no answer or 5xx, 5 attempts): {read.Unreachable.Length}: {Sample(read.Unreachable, 20)}");
            if (read.NotFoundFirst.Length > 0) o.AppendLine($"  {what} that answered 404 first and 200 a second later: {read.NotFoundFirst.Length}: {Sample(read.NotFoundFirst, 20)}");
        }
        var readMisses = ledger.ReadMisses.Distinct().ToArray();
        o.AppendLine($"During the load: reads of acknowledged activities answering 404: {readMisses.Length}{(readMisses.Length > 0 ? $" ({Sample(readMisses)})" : "")}; " +
                        $"calendar checks (event clash detection is not built yet, so the check is that the Africa calendar lists every event acknowledged before it) " +
                        $"{records.Count(r => r.Kind == OperationKind.CheckCalendar && r.Outcome == Outcome.Ok)} answered, {ledger.CalendarGaps.Count} of them missing events" +
                        (ledger.CalendarGaps.IsEmpty ? "" : $" (e.g. at {ledger.CalendarGaps.First().At:0.0} s: {Sample(ledger.CalendarGaps.First().Missing)})"));
        var activityIds = ledger.Activities.Keys.ToHashSet(StringComparer.Ordinal);
        var eventIds = ledger.Events.Keys.ToHashSet(StringComparer.Ordinal);
        o.AppendLine($"Listings afterwards: sector listings show {Shown(f.ListedActivities, activityIds)} acknowledged activities; the Africa calendar {Shown(f.CalendarEvents, eventIds)} acknowledged events" +
                     $" (at the end: {Shown(f.ListedAtEnd, activityIds)}; {Shown(f.CalendarAtEnd, eventIds)})");

        // Membership and recovery.
        var recovery = f.Recovery;
        o.AppendLine(double.IsNaN(recovery.MembershipDeadAt)
            ? $"Membership: the killed silo's row was not marked Dead within {RecoveryMonitorDeadline} s (last status {recovery.MembershipStatus})"
            : $"Membership: silo #{victim.Number} marked Dead {recovery.MembershipDeadAt - kill:0.0} s after the kill");
        var firstRegistration = ledger.FirstRegistrationAfterKill;
        o.AppendLine(double.IsNaN(recovery.RecoveredAt)
            ? $"Recovery: NOT within {RecoveryMonitorDeadline} s of the kill (first registration through a survivor: {Offset(firstRegistration, kill)}; {recovery.FailedReads.Count} ids still failing reads)"
            : $"Recovery: {recovery.RecoveredAt - kill:0.0} s after the kill: first registration sent after the kill acknowledged by a survivor {Offset(firstRegistration, kill)}, " +
              $"all {recovery.IdsChecked} activities acknowledged before the kill read back by {recovery.AllReadBackAt - kill:0.0} s " +
              $"({recovery.Sweeps} sweep(s); {recovery.FailedReads.Count} ids failed a read first{(recovery.FailedReads.Count > 0 ? $", e.g. {Sample(recovery.FailedReads.Keys.Order(StringComparer.Ordinal).ToArray())}" : "")})");

        // The reminder.
        var r = f.Rescan;
        o.AppendLine(r.StartedAfterKill
            ? $"Re-scan reminder: a re-scan started {(r.StartedAt!.Value - f.KilledAtUtc).TotalSeconds:0.0} s after the kill ({r.StartedAt:HH:mm:ss}Z)" +
              (r.FinishedAfterKill ? $" and finished at {r.FinishedAt:HH:mm:ss}Z: {r.Done} of {r.Total} activities checked, {r.AlertsRaised} alerts raised or reopened, {r.Failed} checks failed"
                  : $", not finished after {r.WaitedSeconds:0} s ({r.Done} of {r.Total} done)")
            : $"Re-scan reminder: NO re-scan started after the kill within {r.WaitedSeconds:0} s of the load's end (last seen: started {r.StartedAt:HH:mm:ss}Z, {r.Polls} polls{(r.LastError is null ? "" : $", last error {r.LastError}")})");
        o.AppendLine($"  the reminder in the reminder services' logs: {string.Join("; ", f.Silos.Select(silo => $"silo #{silo.Number} registered or updated it {silo.LogLinesContaining("RegisterOrUpdateReminder: <GrainId=overlaprescan/0").Length}x, loaded it from the table {silo.LogLinesContaining("I read in 1 reminders").Length}x"))} " +
                     "(the silo owning the reminder's ring range does both)");
        o.AppendLine($"  re-scans in the silo logs: {string.Join("; ", f.Silos.Select(silo => $"silo #{silo.Number}{(silo.Killed ? " (killed)" : "")} started {silo.LogLinesContaining("Overlap re-scan started").Length}, finished {silo.LogLinesContaining("Overlap re-scan finished").Length}, stopped {silo.LogLinesContaining("Overlap re-scan stopped").Length}"))}");

        // Alerts.
        var a = f.Alerts;
        if (a.Error is not null) o.AppendLine($"Alerts: could not be checked: {a.Error}");
        else
        {
            o.AppendLine($"Alerts: {string.Join(", ", a.ListedPerRoute.Select(p => $"{p.Key} lists {p.Value}"))}; {a.DistinctAlerts} distinct; " +
                            $"planted pairs alerted {a.PlantedPairsAlerted} of {a.PlantedPairs} (and {a.PlantedPairsWithUnacknowledgedSide} planted pairs whose duplicate was stored without acknowledgement); " +
                            $"other pairs {a.OtherAlerts}; duplicate alerts {a.DuplicateAlerts}");
            foreach (var line in a.DuplicateEvidence.Take(20)) o.AppendLine($"  {line}");
            if (a.IdPairMismatches.Length > 0) o.AppendLine($"  alerts whose id does not name their pair: {a.IdPairMismatches.Length}: {Sample(a.IdPairMismatches)}");
            if (a.PlantedPairsMissing.Length > 0) o.AppendLine($"  planted pairs without an alert: {Sample(a.PlantedPairsMissing)}");
            if (a.OtherAlerts > 0) o.AppendLine($"  other pairs: {Sample(a.OtherAlertExamples)}");
        }

        // The silos' own view.
        o.AppendLine($"Silo logs: {string.Join("; ", f.Silos.Select(silo => $"silo #{silo.Number}{(silo.Killed ? " (killed)" : "")} {silo.LogLinesContaining(" warn: ").Length} warnings, {silo.LogLinesContaining(" fail: ").Length + silo.LogLinesContaining(" crit: ").Length} errors"))}");
        foreach (var silo in f.Silos)
        {
            var errors = silo.LogLinesContaining(" fail: ").Concat(silo.LogLinesContaining(" crit: "))
                .Select(line => line.Length > 13 ? line[13..] : line)
                .GroupBy(line => line.Length > 110 ? line[..110] : line).OrderByDescending(g => g.Count()).Take(4);
            foreach (var group in errors) Progress.Line($"silo #{silo.Number} error x{group.Count()}: {group.Key}");
        }

        var reminders = r.StartedAfterKill;
        var duplicates = a.Error is null ? a.DuplicateAlerts : -1;
        var recoverySeconds = double.IsNaN(recovery.RecoveredAt) ? -1 : Math.Round(recovery.RecoveredAt - kill, 1);
        var passed = acknowledged == found && duplicates == 0 && reminders;
        o.AppendLine($"Result: {(passed ? "PASSED" : "FAILED")}{(passed ? "" : $" ({string.Join("; ", Reasons(acknowledged, found, duplicates, reminders))})")}");
        o.AppendLine($"fault acknowledged={acknowledged} found={found} duplicate_alerts={duplicates} reminders_ok={(reminders ? "true" : "false")} recovery_s={recoverySeconds.ToString("0.0", s)}");
        Console.Out.Write(o.ToString());
        Console.Out.Flush();
        return passed ? 0 : 1;
    }

    private static int RecoveryMonitorDeadline => (int)Verification.RecoveryMonitor.Deadline.TotalSeconds;

    private static IEnumerable<string> Reasons(int acknowledged, int found, int duplicates, bool reminders)
    {
        if (acknowledged != found) yield return $"{acknowledged - found} acknowledged registrations not found";
        if (duplicates != 0) yield return duplicates < 0 ? "alerts could not be checked" : $"{duplicates} duplicate alerts";
        if (!reminders) yield return "no re-scan started after the kill";
    }

    private static string Name(OperationKind kind) => kind switch
    {
        OperationKind.RegisterActivity => "register activity",
        OperationKind.ReadActivity => "read activity",
        OperationKind.RegisterEvent => "register event",
        OperationKind.CheckCalendar => "calendar check",
        OperationKind.RecoveryProbe => "recovery probe",
        _ => kind.ToString(),
    };

    private static string Shown(HashSet<string>? listed, HashSet<string> acknowledged) =>
        listed is null ? "(could not be listed)"
        : $"{acknowledged.Count(listed.Contains)} of {acknowledged.Count}" +
          (acknowledged.Any(id => !listed.Contains(id)) ? $" (missing: {Sample(acknowledged.Where(id => !listed.Contains(id)).Order(StringComparer.Ordinal).ToArray())})" : "");

    private static string Signed(double value) => (value < 0 ? "-" : "+") + Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Offset(double at, double kill) => double.IsNaN(at) ? "none" : $"{at - kill:0.0} s after the kill";

    private static string Sample(IReadOnlyCollection<string> ids, int count = 8) =>
        string.Join(", ", ids.Take(count)) + (ids.Count > count ? $", ... ({ids.Count} in all)" : "");
}
