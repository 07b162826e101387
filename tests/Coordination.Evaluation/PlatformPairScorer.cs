using Coordination.Domain.Overlaps;

namespace Coordination.Evaluation;

/// <summary>
/// The platform's text detector on a pairs file: every text of the file forms the collection that
/// document frequencies come from, as registered activities do in the platform.
/// </summary>
public static class PlatformPairScorer
{
    public static IReadOnlyList<TextSignals> Compare(OverlapScorer scorer, IReadOnlyList<LabelledPair> pairs)
    {
        var profiles = pairs.Select(p => (A: OverlapProfiles.OfText(p.Text1, p.Language1), B: OverlapProfiles.OfText(p.Text2, p.Language2))).ToArray();
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (a, b) in profiles)
            foreach (var term in a.Terms.Keys.Concat(b.Terms.Keys))
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        var documents = profiles.Length * 2;
        double Idf(string term) => OverlapScorer.BoundedIdf(documents, frequencies.GetValueOrDefault(term));
        return profiles.Select(p => scorer.CompareText(p.A.Terms, p.A.Trigrams, p.B.Terms, p.B.Trigrams, Idf)).ToArray();
    }
}
