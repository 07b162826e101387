using System.Diagnostics;

namespace Coordination.FaultTests;

/// <summary>Progress lines on stderr, stamped with the time since the program started; stdout carries only the report.</summary>
internal static class Progress
{
    private static readonly Stopwatch Since = Stopwatch.StartNew();
    private static readonly Lock Gate = new();

    public static TimeSpan Elapsed => Since.Elapsed;

    public static void Line(string message)
    {
        lock (Gate) Console.Error.WriteLine($"[{Since.Elapsed.TotalSeconds,7:0.0}s] {message}");
    }
}

/// <summary>The program cannot run (a missing binary, a host that does not start): said plainly, exit code 1.</summary>
internal sealed class SetupException(string message, Exception? inner = null) : Exception(message, inner);
