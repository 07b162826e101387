using System.Diagnostics;
using System.Globalization;

namespace Coordination.Benchmarks;

/// <summary>
/// The detection benchmark with one child process per size (this program again, with --in-process), so that nothing
/// of a size's silo, corpus or baselines is in the next size's memory figure. The children's result lines are passed on.
/// </summary>
public static class DetectionChildren
{
    public static async Task<int> RunAsync(DetectionOptions options)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var viaDotnet = Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        foreach (var size in options.Sizes)
        {
            var watch = Stopwatch.StartNew();
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (viaDotnet) start.ArgumentList.Add(typeof(DetectionBenchmark).Assembly.Location);
            start.ArgumentList.Add("detection");
            foreach (var argument in new[]
            {
                "--sizes", size.ToString(CultureInfo.InvariantCulture),
                "--storage", options.Storage.ToString().ToLowerInvariant(),
                "--data", options.DataPath,
                "--sample", options.Sample.ToString(CultureInfo.InvariantCulture),
                "--brute-sample", options.BruteSample.ToString(CultureInfo.InvariantCulture),
                "--parallelism", options.Parallelism.ToString(CultureInfo.InvariantCulture),
                "--in-process",
            }) start.ArgumentList.Add(argument);
            if (options.Profile) start.ArgumentList.Add("--profile");
            if (options.LoadBudget is { } budget) { start.ArgumentList.Add("--max-load-minutes"); start.ArgumentList.Add(((int)budget.TotalMinutes).ToString(CultureInfo.InvariantCulture)); }
            using var child = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {self}.");
            while (await child.StandardOutput.ReadLineAsync() is { } line) Console.WriteLine(line);
            await child.WaitForExitAsync();
            Console.Error.WriteLine($"n={size}: child process exited with {child.ExitCode} after {watch.Elapsed.TotalSeconds:F0} s");
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }
}
