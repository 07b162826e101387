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
public sealed partial class OverlapScorer(OverlapModel model)
{
    public OverlapModel Model => model;

    public static double BoundedIdf(int documents, int documentFrequency) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

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
}
