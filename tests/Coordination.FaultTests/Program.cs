using System.Globalization;
using System.Runtime.InteropServices;
using Coordination.FaultTests;

// Figures in the report read the same everywhere: 12.5, not 12,5.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (!FaultOptions.TryParse(args, out var options, out var error, out var help))
{
    Console.Error.WriteLine($"error: {error}\n");
    Console.Error.WriteLine(FaultOptions.Usage);
    return 2;
}
if (help)
{
    Console.WriteLine(FaultOptions.Usage);
    return 0;
}

// Ctrl+C or SIGTERM: cancel, so that the run unwinds through its clean-up (silos, PostgreSQL, temporary folders).
// A second signal is left to its default and ends the process; the exit handler still kills the silos.
using var interrupted = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    if (interrupted.IsCancellationRequested) return;
    context.Cancel = true;
    Progress.Line($"{context.Signal}: stopping and cleaning up (send it again to quit at once).");
    interrupted.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
AppDomain.CurrentDomain.ProcessExit += (_, _) => SiloProcess.KillAllStillRunning();

try
{
    return await new FaultRun(options).RunAsync(interrupted.Token);
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Progress.Line("Interrupted; everything started has been stopped and removed.");
    return 130;
}
catch (SetupException failure)
{
    Console.Error.WriteLine($"The fault test could not run: {failure.Message}");
    return 1;
}
