using System.Numerics;

namespace Coordination.Domain.Overlaps;

/// <summary>How informative a term is in the collection it is searched in (inverse document frequency).</summary>
public delegate double InverseDocumentFrequency(string term);

/// <summary>What the text comparison of a pair measures, and the terms both texts share with their weights.</summary>
/// <param name="Cosine">TF-IDF cosine of the two term vectors.</param>
/// <param name="WeightedJaccard">IDF mass of the shared terms over that of all terms.</param>
/// <param name="TrigramDice">Dice coefficient of the character trigrams.</param>
/// <param name="Coverage">The smaller of the two IDF-weighted shares of each text's terms found in the other, a term
/// spelled nearly like one of the other's counting in part: low when either text says something important the other does not.</param>
/// <param name="WiderCoverage">The larger of those two shares: high when one text says all the other does, and maybe more.</param>
/// <param name="UnsharedRarity">The smaller of the two texts' highest IDF among its terms the other lacks: high when both
/// hold rare words of their own, as specific texts (news, reports) do even when they tell the same thing.</param>
/// <param name="NumbersOnlyInOne">One text has numbers and the other has none.</param>
/// <param name="NumbersConflict">Both texts have numbers, and not the same ones.</param>
public sealed record TextSignals(
    double Cosine, double WeightedJaccard, double TrigramDice, double Coverage, double WiderCoverage, double UnsharedRarity,
    bool NumbersOnlyInOne, bool NumbersConflict, SharedTerm[] SharedTerms);

/// <summary>
/// A pair's overall score and the keys it is ranked by, without its explanation: what a shard computes for every
/// candidate, before it explains only the few it returns. Rounded as <see cref="OverlapMatch"/> is, so both rank alike.
/// </summary>
public readonly record struct PairRating(OverlapProfile Candidate, double Score, double TextScore, double WordCosine);

/// <summary>
/// Scores a pair of activities: a calibrated text score from how much of each text the other covers
/// (IDF-weighted, with partial credit for words spelled nearly alike) and whether their numbers agree,
/// plus structured evidence (topic, priority, targets, places, dates), each part recorded in the
/// explanation with what it contributed.
/// </summary>
public sealed class OverlapScorer(OverlapModel model)
{
    /// <summary>Words at least this alike (<see cref="TextAnalysis.WordResemblance"/>) count as a partial match, in proportion.</summary>
    private const double NearMatchResemblance = 0.5;

    /// <summary>Word pairs whose sketches suggest less than this are not compared exactly; the margin covers sketch collisions.</summary>
    private const double SketchCutoff = 0.3;

    public OverlapModel Model => model;

    public static double BoundedIdf(int documents, int documentFrequency) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

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

    /// <summary>The model's estimate, 0 to 1, that two texts say the same thing.</summary>
    public double TextScore(TextSignals signals) =>
        1 / (1 + Math.Exp(-(model.Bias
            + model.CoverageWeight * signals.Coverage
            + model.CoverageSquaredWeight * signals.Coverage * signals.Coverage
            + model.WiderCoverageWeight * signals.WiderCoverage
            + model.UnsharedRarityWeight * signals.UnsharedRarity
            + (signals.NumbersOnlyInOne ? model.NumbersOnlyInOneWeight : 0)
            + (signals.NumbersConflict ? model.NumbersConflictWeight : 0))));

    /// <summary>Two texts alone: do they say the same thing?</summary>
    public bool IsTextDuplicate(double textScore) => textScore >= model.TextThreshold;

    /// <summary>How much subject matter two texts share (see <see cref="OverlapModel.SubjectBias"/>).</summary>
    public double SubjectScore(TextSignals signals) =>
        1 / (1 + Math.Exp(-(model.SubjectBias + model.SubjectCosineWeight * signals.Cosine + model.SubjectTrigramWeight * signals.TrigramDice)));

    /// <summary>
    /// Best first. Near-identical texts saturate the overall score, so ties are broken by the text score and
    /// then the word cosine, which still tell a closer duplicate from a merely similar one.
    /// </summary>
    public static IOrderedEnumerable<OverlapMatch> Rank(IEnumerable<OverlapMatch> matches) =>
        RankBy(matches, m => (m.Score, m.Explanation.TextScore, m.Explanation.WordCosine, m.ActivityId));

    /// <inheritdoc cref="Rank(IEnumerable{OverlapMatch})"/>
    public static IOrderedEnumerable<PairRating> Rank(IEnumerable<PairRating> ratings) =>
        RankBy(ratings, r => (r.Score, r.TextScore, r.WordCosine, r.Candidate.ActivityId));

    private static IOrderedEnumerable<T> RankBy<T>(IEnumerable<T> items, Func<T, (double Score, double TextScore, double WordCosine, string ActivityId)> key) =>
        items.OrderByDescending(i => key(i).Score)
            .ThenByDescending(i => key(i).TextScore)
            .ThenByDescending(i => key(i).WordCosine)
            .ThenBy(i => key(i).ActivityId, StringComparer.Ordinal);

    /// <summary>The pair's score, as <see cref="Score"/> gives it, without building its explanation.</summary>
    /// <param name="conceptIdf">The weights of concept terms (<see cref="OverlapProfile.Concepts"/>) across languages; <paramref name="idf"/> when not given.</param>
    public PairRating Rate(OverlapProfile query, OverlapProfile candidate, InverseDocumentFrequency idf, InverseDocumentFrequency? conceptIdf = null)
    {
        var (signals, text, _) = CompareTexts(query, candidate, idf, conceptIdf ?? idf, withSharedTerms: false);
        var score = Math.Clamp(text + Evidence(query, candidate, items: null).Total, 0, 1);
        return new PairRating(candidate, Math.Round(score, 4), Math.Round(text, 4), Math.Round(signals.Cosine, 4));
    }

    /// <param name="documents">The activities registered: what makes a shared term generic (<see cref="OverlapModel.GenericShare"/>).</param>
    /// <param name="conceptIdf">As for <see cref="Rate"/>.</param>
    public OverlapMatch Score(OverlapProfile query, OverlapProfile candidate, InverseDocumentFrequency idf, int documents, InverseDocumentFrequency? conceptIdf = null)
    {
        conceptIdf ??= idf;
        var (signals, text, crossLanguage) = CompareTexts(query, candidate, idf, conceptIdf, withSharedTerms: true);
        var items = new List<EvidenceItem>();
        var evidence = Evidence(query, candidate, items);
        var score = Math.Clamp(text + evidence.Total, 0, 1);
        var crossSector = query.Sector != candidate.Sector;
        var identifies = crossLanguage ? text >= model.CrossLanguageThreshold : IdentifiesSameWork(query, candidate, text, idf);
        var distinctive = crossLanguage
            ? (query.Language == "en", candidate.Language == "en") switch
            {
                (true, _) => SharesDistinctiveTerm(query.Terms, candidate.Concepts, conceptIdf, documents),
                (_, true) => SharesDistinctiveTerm(query.Concepts, candidate.Terms, conceptIdf, documents),
                _ => SharesDistinctiveTerm(query.Concepts, candidate.Concepts, conceptIdf, documents),
            }
            : SharesDistinctiveTerm(query.Terms, candidate.Terms, idf, documents);
        var raises = !evidence.Decisive && text >= model.MinimumTextScore && distinctive
            && (identifies || evidence.SharedContext && score >= model.AlertThreshold);
        var severity = score >= model.HighSeverity ? Severity.High : Severity.Medium;
        if (!crossSector) severity = severity == Severity.High ? Severity.Medium : Severity.Low;
        var explanation = new OverlapExplanation(
            Math.Round(text, 4), Math.Round(signals.Cosine, 4), Math.Round(signals.WeightedJaccard, 4), Math.Round(signals.TrigramDice, 4),
            signals.SharedTerms, [.. items], [.. new[] { query.Sector, candidate.Sector }.Distinct().Order()], crossSector, crossLanguage);
        return new OverlapMatch(candidate.ActivityId, candidate.Title, candidate.Sector, Math.Round(score, 4), severity, raises, explanation,
            Family: ActivityFamilies.StandsFor(candidate, query) ? candidate.Family : null);
    }

    /// <summary>
    /// Two texts in different languages are compared through their concept terms when both have them (English texts'
    /// terms are theirs), by the cross-language model; otherwise, and in one language, by their own terms.
    /// </summary>
    public static bool IsCrossLanguage(OverlapProfile a, OverlapProfile b) =>
        a.Language != b.Language && HasConcepts(a) && HasConcepts(b);

    private static bool HasConcepts(OverlapProfile p) => p.Language == "en" ? p.Terms.Count > 0 : p.Concepts.Count > 0;

    /// <summary>The text signals of a pair, its text score (the larger of the two same-language scores, or the cross-language one), and which it was.</summary>
    public (TextSignals Signals, double Text, bool CrossLanguage) CompareTexts(OverlapProfile a, OverlapProfile b,
        InverseDocumentFrequency idf, InverseDocumentFrequency conceptIdf, bool withSharedTerms = true)
    {
        if (IsCrossLanguage(a, b))
        {
            // An English text's terms are its concepts: compared as they are, counts for weights.
            var crossSignals = (a.Language == "en", b.Language == "en") switch
            {
                (true, _) => CompareConcepts(a.Terms, b.Concepts, conceptIdf, withSharedTerms),
                (_, true) => CompareConcepts(a.Concepts, b.Terms, conceptIdf, withSharedTerms),
                _ => CompareConcepts(a.Concepts, b.Concepts, conceptIdf, withSharedTerms),
            };
            return (crossSignals, CrossLanguageTextScore(crossSignals), true);
        }
        var signals = CompareText(a.Terms, a.Trigrams, b.Terms, b.Trigrams, idf, withSharedTerms);
        return (signals, Math.Max(TextScore(signals), SubjectScore(signals)), false);
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

    /// <summary>The cross-language model's estimate, 0 to 1, that two texts in different languages say the same thing.</summary>
    public double CrossLanguageTextScore(TextSignals signals) =>
        1 / (1 + Math.Exp(-(model.CrossLanguageBias
            + model.CrossLanguageCosineWeight * signals.Cosine
            + model.CrossLanguageCoverageWeight * signals.Coverage
            + model.CrossLanguageWiderCoverageWeight * signals.WiderCoverage
            + model.CrossLanguageCoverageSquaredWeight * signals.Coverage * signals.Coverage
            + model.CrossLanguageUnsharedRarityWeight * signals.UnsharedRarity
            + (signals.NumbersConflict ? model.CrossLanguageNumbersConflictWeight : 0))));

    /// <summary>The texts alone say it is the same work: they score as alike, and each title's weight is mostly in the other.</summary>
    private bool IdentifiesSameWork(OverlapProfile a, OverlapProfile b, double text, InverseDocumentFrequency idf) =>
        text >= model.IdentityTextThreshold
        && Math.Min(HeadlineCoverage(a, b, idf), HeadlineCoverage(b, a, idf)) >= model.HeadlineCoverageThreshold;

    /// <summary>
    /// The share of <paramref name="a"/>'s title and keywords that <paramref name="b"/>'s text holds, each word weighed by
    /// one plus its IDF (as Lucene's classic similarity does: in a small collection, where the words two activities share
    /// are in most documents, IDF alone would weigh them as nothing); 1 for an activity without either.
    /// </summary>
    private static double HeadlineCoverage(OverlapProfile a, OverlapProfile b, InverseDocumentFrequency idf)
    {
        double total = 0, found = 0;
        foreach (var term in a.HeadlineTerms)
        {
            var weight = 1 + idf(term);
            total += weight;
            if (b.Terms.ContainsKey(term)) found += weight;
        }
        return total > 0 ? found / total : 1;
    }

    /// <summary>At least one term both share is not generic: rarer than <see cref="OverlapModel.GenericShare"/> of the collection.</summary>
    private bool SharesDistinctiveTerm<TA, TB>(Dictionary<string, TA> a, Dictionary<string, TB> b, InverseDocumentFrequency idf, int documents)
    {
        var genericBelow = BoundedIdf(documents, (int)Math.Max(model.GenericFloor, model.GenericShare * documents));
        foreach (var term in a.Keys)
            if (b.ContainsKey(term) && idf(term) > genericBelow) return true;
        return false;
    }

    /// <summary>What the structured evidence adds to (or takes from) the score, whether any of it is decisive against, and whether the pair shares context a task force registered.</summary>
    private readonly record struct EvidenceTotal(double Total, bool Decisive, bool SharedContext);

    /// <summary>
    /// The structured evidence for and against, each piece added to <paramref name="items"/> when given (its detail text is
    /// only built then: most candidates are rated, few explained).
    /// </summary>
    private EvidenceTotal Evidence(OverlapProfile a, OverlapProfile b, List<EvidenceItem>? items)
    {
        double total = 0;
        bool decisive = false, context = false;
        var explain = items is not null;
        void Add(string kind, string? detail, double contribution)
        {
            total += contribution;
            items?.Add(new(kind, detail ?? "", contribution));
        }
        if (Intersects(a.Topics, b.Topics))
        {
            context = true;
            Add("same-topic", explain ? string.Join(", ", a.Topics.Intersect(b.Topics)) : null, model.SameTopic);
        }
        if (a.ThematicPriority is not null && a.ThematicPriority == b.ThematicPriority)
        {
            context = true;
            Add("same-thematic-priority", explain ? a.ThematicPriority : null, model.SameThematicPriority);
        }
        if (Intersects(a.Targets, b.Targets))
        {
            context = true;
            Add("shared-targets", explain ? string.Join(", ", a.Targets.Intersect(b.Targets)) : null, model.SharedTargets);
        }
        var places = OverlapPlaces.Relate(a, b);
        var placeDetail = explain ? OverlapPlaces.Describe(a, b, places) : null;
        if (places == PlaceRelation.Shared && Intersects(a.Regions, b.Regions))
            Add("shared-regions", explain ? string.Join(", ", a.Regions.Intersect(b.Regions)) : null, model.SharedRegions);
        if (places == PlaceRelation.Shared && a.Countries.Length > 0 && b.Countries.Length > 0)
            Add("shared-countries", placeDetail, model.SharedCountries);
        if (places == PlaceRelation.Covered) Add("place-covers", placeDetail, 0);
        if (places == PlaceRelation.Different)
        {
            decisive = true;
            Add("different-places", placeDetail, model.DifferentPlaces);
        }
        if (a.HeadlineNumbers.Length > 0 && b.HeadlineNumbers.Length > 0 && !a.HeadlineNumbers.AsSpan().SequenceEqual(b.HeadlineNumbers))
        {
            decisive = true;
            Add("different-numbers", explain ? $"{string.Join(", ", a.HeadlineNumbers)} / {string.Join(", ", b.HeadlineNumbers)}" : null, model.DifferentNumbers);
        }
        switch (DateRelation(a, b))
        {
            case > 0 and var days:
                Add("overlapping-dates", explain ? $"{days} days in common" : null, model.OverlappingDates);
                break;
            case 0:
                Add("disjoint-dates", explain ? $"{Dates(a)} / {Dates(b)}" : null, model.DisjointDates);
                break;
        }
        if (a.Kind is { } kind && kind == b.Kind) Add("same-kind", explain ? kind.ToString() : null, model.SameKind);
        return new(total, decisive, context);
    }

    private static bool Intersects<T>(T[] a, T[] b)
    {
        foreach (var item in a)
            if (Array.IndexOf(b, item) >= 0) return true;
        return false;
    }

    /// <summary>Days both activities run; 0 when their dates do not meet; null when either has none.</summary>
    private static int? DateRelation(OverlapProfile a, OverlapProfile b)
    {
        if (a.StartDate is not { } startA || b.StartDate is not { } startB) return null;
        var endA = a.EndDate ?? startA;
        var endB = b.EndDate ?? startB;
        var start = startA > startB ? startA : startB;
        var end = endA < endB ? endA : endB;
        return end >= start ? end.DayNumber - start.DayNumber + 1 : 0;
    }

    private static string Dates(OverlapProfile p) => $"{p.StartDate:yyyy-MM-dd} to {p.EndDate ?? p.StartDate:yyyy-MM-dd}";

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
