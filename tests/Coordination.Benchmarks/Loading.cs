using System.Diagnostics;

namespace Coordination.Benchmarks;

/// <summary>The load phase of a benchmark: register a corpus through the grains, a bounded number at a time.</summary>
public static class Loading
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers every item with at most <paramref name="parallelism"/> in flight, logging progress every
    /// 5 s (with <paramref name="status"/> after it); gives up at <paramref name="budget"/>. Returns the time taken.
    /// </summary>
    public static async Task<TimeSpan> RunAsync<T>(IReadOnlyList<T> items, int parallelism, Func<T, Task> register, Func<string> status, TimeSpan? budget = null)
    {
        var done = 0;
        var watch = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var progress = Task.Run(async () =>
        {
            var last = (Done: 0, At: TimeSpan.Zero);
            using var timer = new PeriodicTimer(ProgressEvery);
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                var now = (Done: Volatile.Read(ref done), At: watch.Elapsed);
                DetectionBenchmark.Log($"  loaded {now.Done}/{items.Count} in {now.At.TotalSeconds:F0} s: {(now.Done - last.Done) / (now.At - last.At).TotalSeconds:F0}/s now, " +
                    $"{now.Done / now.At.TotalSeconds:F0}/s overall{status()}");
                last = now;
            }
        });
        using var overBudget = budget is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        try
        {
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = overBudget.Token }, async (item, _) =>
            {
                await register(item);
                Interlocked.Increment(ref done);
            });
        }
        catch (OperationCanceledException) when (overBudget.IsCancellationRequested)
        {
            throw new LoadBudgetExceededException(
                $"loading stopped at the --max-load-minutes budget: {Volatile.Read(ref done)} of {items.Count} registered in {watch.Elapsed.TotalMinutes:F1} min{status()}");
        }
        finally
        {
            await stop.CancelAsync();
            try { await progress; } catch (OperationCanceledException) { }
        }
        return watch.Elapsed;
    }

    /// <summary>Stops the benchmark when the platform refuses a registration: the figures would not be of the corpus.</summary>
    public static void Expect<T>(CommandResult<T> result, string id)
    {
        if (!result.Succeeded) throw new InvalidOperationException(Refusal(result, id));
    }

    /// <summary>Why the platform refused a registration, with every field error.</summary>
    public static string Refusal<T>(CommandResult<T> result, string id) =>
        $"Registering {id} was refused ({result.Outcome}): {result.Message} " + string.Join("; ", (result.Errors ?? []).SelectMany(e => e.Value));
}
