using System.Numerics;

namespace Coordination.Domain.Overlaps;

// The text comparison itself: term vectors, words spelled nearly alike and character trigrams.
public sealed partial class OverlapScorer
{
    /// <summary>Words at least this alike (<see cref="TextAnalysis.WordResemblance"/>) count as a partial match, in proportion.</summary>
    private const double NearMatchResemblance = 0.5;

    /// <summary>Word pairs whose sketches suggest less than this are not compared exactly; the margin covers sketch collisions.</summary>
    private const double SketchCutoff = 0.3;

    /// <summary>
    /// Working lists of one comparison, reused by the next on the same thread: a check compares hundreds of pairs.
    /// A comparison runs to its end without awaiting, and its <see cref="InverseDocumentFrequency"/> must not compare
    /// texts itself (it looks weights up), so no two comparisons share them.
    /// </summary>
    [ThreadStatic] private static Scratch? _scratch;

    private sealed class Scratch
    {
        public readonly List<(string Term, double Weight)> Shared = [];
        public readonly List<(string Term, double Idf)> UnsharedA = [];
        public readonly List<(string Term, double Idf)> UnsharedB = [];
        public UInt128[] Sketches = new UInt128[64];
        public double[] Best = new double[64];
    }

    public TextSignals CompareText(Dictionary<string, int> a, int[] trigramsA, Dictionary<string, int> b, int[] trigramsB, InverseDocumentFrequency idf) =>
        CompareText(a, trigramsA, b, trigramsB, idf, withSharedTerms: true);

    /// <param name="withSharedTerms">false: <see cref="TextSignals.SharedTerms"/> is left empty (they only explain).</param>
    private TextSignals CompareText(Dictionary<string, int> a, int[] trigramsA, Dictionary<string, int> b, int[] trigramsB,
        InverseDocumentFrequency idf, bool withSharedTerms)
    {
        double dot = 0, normA = 0, normB = 0, sharedIdf = 0, idfA = 0, idfB = 0;
        int numbersA = 0, numbersB = 0, sharedNumbers = 0;
        var scratch = _scratch ??= new Scratch();
        var (shared, unsharedA, unsharedB) = (scratch.Shared, scratch.UnsharedA, scratch.UnsharedB);
        shared.Clear();
        unsharedA.Clear();
        unsharedB.Clear();
        foreach (var (term, countA) in a)
        {
            var weight = idf(term);
            var wa = (1 + Math.Log(countA)) * weight;
            normA += wa * wa;
            idfA += weight;
            var isNumber = TextAnalysis.IsNumber(term);
            if (isNumber) numbersA++;
            if (b.TryGetValue(term, out var countB))
            {
                var wb = (1 + Math.Log(countB)) * weight;
                dot += wa * wb;
                sharedIdf += weight;
                if (withSharedTerms) shared.Add((term, wa * wb));
                if (isNumber) sharedNumbers++;
            }
            else unsharedA.Add((term, weight));
        }
        foreach (var (term, countB) in b)
        {
            var weight = idf(term);
            var wb = (1 + Math.Log(countB)) * weight;
            normB += wb * wb;
            idfB += weight;
            if (TextAnalysis.IsNumber(term)) numbersB++;
            if (!a.ContainsKey(term)) unsharedB.Add((term, weight));
        }
        var cosine = normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
        var unionIdf = idfA + idfB - sharedIdf;
        var jaccard = unionIdf > 0 ? sharedIdf / unionIdf : 0;
        var terms = withSharedTerms ? StrongestShares(shared, dot) : [];
        var (nearA, nearB) = NearMatchCredit(unsharedA, unsharedB, scratch);
        var coverageA = idfA > 0 ? (sharedIdf + nearA) / idfA : 0;
        var coverageB = idfB > 0 ? (sharedIdf + nearB) / idfB : 0;
        var unsharedRarity = Math.Min(HighestIdf(unsharedA), HighestIdf(unsharedB));
        var numbersConflict = numbersA > 0 && numbersB > 0 && (sharedNumbers < numbersA || sharedNumbers < numbersB);
        return new TextSignals(cosine, jaccard, Dice(trigramsA, trigramsB), Math.Min(coverageA, coverageB), Math.Max(coverageA, coverageB),
            unsharedRarity, (numbersA > 0) != (numbersB > 0), numbersConflict, terms);
    }

    /// <summary>The twelve shared terms that add most to the cosine's dot product, with their share of it.</summary>
    private static SharedTerm[] StrongestShares(List<(string Term, double Weight)> shared, double dot)
    {
        shared.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : string.CompareOrdinal(x.Term, y.Term));
        var strongest = new SharedTerm[Math.Min(12, shared.Count)];
        for (var i = 0; i < strongest.Length; i++)
            strongest[i] = new SharedTerm(shared[i].Term, Math.Round(dot > 0 ? shared[i].Weight / dot : 0, 3));
        return strongest;
    }

    /// <summary>
    /// Signals of two concept vectors (term counts or sense weights): the TF-IDF cosine (a term of weight w counting 1 + ln w
    /// from 1, w below), how much of each vector's IDF mass (each term's weight capped at 1) the other holds, words spelled
    /// nearly alike counting in part, and the rarest unshared term. Trigrams say nothing across languages and are left at 0.
    /// </summary>
    private static TextSignals CompareConcepts<TA, TB>(Dictionary<string, TA> a, Dictionary<string, TB> b, InverseDocumentFrequency idf, bool withSharedTerms)
        where TA : INumber<TA> where TB : INumber<TB>
    {
        double dot = 0, normA = 0, normB = 0, massA = 0, massB = 0, sharedA = 0, sharedB = 0;
        int numbersA = 0, numbersB = 0, sharedNumbers = 0;
        var shared = withSharedTerms ? new List<(string Term, double Weight)>() : null;
        var scratch = _scratch ??= new Scratch();
        var (unsharedA, unsharedB) = (scratch.UnsharedA, scratch.UnsharedB);
        unsharedA.Clear();
        unsharedB.Clear();
        foreach (var (term, countA) in a)
        {
            var weightA = double.CreateTruncating(countA);
            var weight = idf(term);
            var wa = Frequency(weightA) * weight;
            normA += wa * wa;
            massA += Math.Min(1, weightA) * weight;
            var isNumber = TextAnalysis.IsNumber(term);
            if (isNumber) numbersA++;
            if (!b.TryGetValue(term, out var countB))
            {
                unsharedA.Add((term, Math.Min(1, weightA) * weight));
                continue;
            }
            var wb = Frequency(double.CreateTruncating(countB)) * weight;
            dot += wa * wb;
            // A matched sense covers its whole word: a word of k senses weighs 1/k in each, and one of them is all it meant here.
            sharedA += weight;
            sharedB += weight;
            shared?.Add((term, wa * wb));
            if (isNumber) sharedNumbers++;
        }
        foreach (var (term, countB) in b)
        {
            var weightB = double.CreateTruncating(countB);
            var wb = Frequency(weightB) * idf(term);
            normB += wb * wb;
            massB += Math.Min(1, weightB) * idf(term);
            if (TextAnalysis.IsNumber(term)) numbersB++;
            if (!a.ContainsKey(term)) unsharedB.Add((term, Math.Min(1, weightB) * idf(term)));
        }
        var cosine = normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
        // Words spelled nearly alike count in part, as within a language: cognates the lexicon lacks ("guitarra", "guitar").
        var (nearA, nearB) = NearMatchCredit(unsharedA, unsharedB, scratch);
        var coverageA = massA > 0 ? Math.Min(1, (sharedA + nearA) / massA) : 0;
        var coverageB = massB > 0 ? Math.Min(1, (sharedB + nearB) / massB) : 0;
        var union = massA + massB - (sharedA + sharedB) / 2;
        var numbersConflict = numbersA > 0 && numbersB > 0 && (sharedNumbers < numbersA || sharedNumbers < numbersB);
        return new TextSignals(cosine, union > 0 ? (sharedA + sharedB) / 2 / union : 0, 0, Math.Min(coverageA, coverageB), Math.Max(coverageA, coverageB),
            Math.Min(HighestIdf(unsharedA), HighestIdf(unsharedB)), (numbersA > 0) != (numbersB > 0), numbersConflict, shared is null ? [] : StrongestShares(shared, dot));

        static double Frequency(double w) => w >= 1 ? 1 + Math.Log(w) : w;
    }

    /// <summary>
    /// IDF credit, for each text, of its unshared terms spelled nearly like an unshared term of the other
    /// (inflections the stemmer missed, compounds, shared Chinese characters), in proportion to how alike.
    /// </summary>
    private static (double A, double B) NearMatchCredit(List<(string Term, double Idf)> a, List<(string Term, double Idf)> b, Scratch scratch)
    {
        if (a.Count == 0 || b.Count == 0) return (0, 0);
        if (scratch.Sketches.Length < b.Count) (scratch.Sketches, scratch.Best) = (new UInt128[b.Count * 2], new double[b.Count * 2]);
        var (sketchesB, bestB) = (scratch.Sketches, scratch.Best);
        for (var j = 0; j < b.Count; j++) (sketchesB[j], bestB[j]) = (TextAnalysis.WordSketch(b[j].Term), 0);
        double creditA = 0;
        foreach (var (term, weight) in a)
        {
            var sketch = TextAnalysis.WordSketch(term);
            double best = 0;
            for (var j = 0; j < b.Count; j++)
            {
                if (TextAnalysis.SketchResemblance(sketch, sketchesB[j]) < SketchCutoff) continue;
                var resemblance = TextAnalysis.WordResemblance(term, b[j].Term);
                best = Math.Max(best, resemblance);
                bestB[j] = Math.Max(bestB[j], resemblance);
            }
            if (best >= NearMatchResemblance) creditA += weight * best;
        }
        double creditB = 0;
        for (var j = 0; j < b.Count; j++)
            if (bestB[j] >= NearMatchResemblance) creditB += b[j].Idf * bestB[j];
        return (creditA, creditB);
    }

    private static double HighestIdf(List<(string Term, double Idf)> terms)
    {
        double highest = 0;
        foreach (var (_, idf) in terms) highest = Math.Max(highest, idf);
        return highest;
    }

    /// <summary>Dice coefficient of two sorted, distinct arrays.</summary>
    private static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 2.0 * common / (a.Length + b.Length);
    }
}
