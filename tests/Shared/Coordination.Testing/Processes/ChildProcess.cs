using System.Diagnostics;

namespace Coordination.Testing.Processes;

/// <summary>What a command printed and how it ended.</summary>
public sealed record ChildProcessResult(int ExitCode, string Output, string Errors)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>Runs a command to its end with its output captured, killed (with its children) when it takes too long.</summary>
public static class ChildProcess
{
    public static Task<ChildProcessResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return RunAsync(start, timeout, cancellationToken);
    }

    /// <summary>Throws <see cref="TimeoutException"/> when <paramref name="timeout"/> passes, and is cancelled by <paramref name="cancellationToken"/>; either kills it.</summary>
    public static async Task<ChildProcessResult> RunAsync(ProcessStartInfo start, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Describe(start)} did not finish within {timeout}.");
        }
        return new ChildProcessResult(process.ExitCode, await output, await errors);
    }

    /// <summary>Like <see cref="RunAsync(string, IEnumerable{string}, TimeSpan, CancellationToken)"/>, but a non-zero exit code throws with what it printed.</summary>
    public static async Task<ChildProcessResult> RunCheckedAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(program, arguments, timeout, cancellationToken);
        return result.Succeeded ? result
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Output}{result.Errors}");
    }

    public static string Describe(ProcessStartInfo start) => $"{start.FileName} {string.Join(' ', start.ArgumentList)}";
}
