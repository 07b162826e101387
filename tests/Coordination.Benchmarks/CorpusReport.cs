using System.Globalization;

namespace Coordination.Benchmarks;

/// <summary>
/// The "corpus" command: what the synthesised corpus looks like to the detector, checked by brute force
/// (no silo): how many new registrations would raise alerts, and examples of the pairs.
/// </summary>
public static class CorpusReport
{
    public static void Print(int n, int sampleSize, IReadOnlyList<UnActivity> rows)
    {
        var corpus = Corpus.Synthesise(rows, "bench", 0, n);
        var sample = Corpus.Synthesise(rows, "bench", n, sampleSize);
        var brute = new BruteForceDetector(corpus);
        var titles = corpus.ToDictionary(d => d.Id!, d => d.Title!);
        int withAlert = 0, alerts = 0, reported = 0;
        var examples = new List<string>();
        foreach (var draft in sample)
        {
            var matches = brute.Check(BruteForceDetector.ProfileOf(draft));
            reported += matches.Length;
            var raising = matches.Where(m => m.RaisesAlert).ToArray();
            alerts += raising.Length;
            if (raising.Length > 0) withAlert++;
            if (raising.Length > 0 && examples.Count < 12)
                examples.Add(string.Create(CultureInfo.InvariantCulture, $"    {raising[0].Score:F2} (text {raising[0].Explanation.TextScore:F2}) \"{draft.Title}\" ~ \"{titles[raising[0].ActivityId]}\""));
        }
        var distinctTitles = corpus.Select(d => d.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var languages = string.Join(", ", corpus.GroupBy(d => d.Language).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus n={n} distinct_titles={distinctTitles} sample={sample.Length} with_alert={withAlert / (double)sample.Length:F3} alerts_per_registration={alerts / (double)sample.Length:F2} reported_per_registration={reported / (double)sample.Length:F2} languages=[{languages}]"));
        foreach (var example in examples) Console.WriteLine(example);
    }
}
